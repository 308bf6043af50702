/* TRUTH: racy — the inner id shadows the thread id and is always 0, so every thread writes out[0] */
#include <pthread.h>
#include <stdio.h>
#define N 4
int out[N];
void *w(void *arg) {
  long id = (long)arg;
  {
    long id = 0;
    out[id] = 1;
  }
  return (void *)id;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
