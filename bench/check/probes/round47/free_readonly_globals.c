/* TRUTH: free — the lookup table is never written after program start; threads only read it */
#include <pthread.h>
#include <stdint.h>
int table[8] = {1, 1, 2, 3, 5, 8, 13, 21};
int out[2];
void *t(void *arg) {
  int id = (int)(intptr_t)arg;
  int s = 0, i;
  for (i = 0; i < 8; i++) s += table[i];
  out[id] = s;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)0);
  pthread_create(&b, 0, t, (void *)1);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return out[0] == out[1] ? 0 : 1;
}
