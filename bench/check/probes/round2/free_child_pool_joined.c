/* TRUTH: free. Thread `boss` starts 3 children in a loop (each writes its own slot), joins
   them, then sums; main joins boss before reading sum. */
#include <pthread.h>
#include <stdint.h>
int slot[3], sum;
void *child(void *arg) { slot[(intptr_t)arg] = (int)(intptr_t)arg + 1; return NULL; }
void *boss(void *arg) {
  pthread_t c[3];
  for (int i = 0; i < 3; i++) pthread_create(&c[i], NULL, child, (void *)(intptr_t)i);
  for (int i = 0; i < 3; i++) pthread_join(c[i], NULL);
  sum = slot[0] + slot[1] + slot[2];
  return NULL;
}
int main(void) {
  pthread_t b;
  pthread_create(&b, NULL, boss, NULL);
  pthread_join(b, NULL);
  return sum;
}
