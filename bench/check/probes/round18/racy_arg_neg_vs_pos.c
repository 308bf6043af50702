/* TRUTH: racy. given -1 and 1, data[arg * arg]: both write data[1] */
#include <pthread.h>
#include <stdint.h>
int data[300];
void *t(void *arg) { long v = (long)arg; data[v * v] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)-1L);
  pthread_create(&b, 0, t, (void *)1L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
