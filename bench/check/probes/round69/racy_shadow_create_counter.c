/* TRUTH: racy — the create passes an inner i that shadows the loop counter and is always 0, so every thread writes out[0] */
#include <pthread.h>
#include <stdio.h>
#define N 4
int out[N];
void *w(void *arg) {
  long id = (long)arg;
  out[id] = 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) {
    pthread_t *h = &t[i];
    long i = 0;
    pthread_create(h, 0, w, (void *)i);
  }
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
