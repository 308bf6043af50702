/* TRUTH: racy — barrier count is 2 but 4 instances wait: it trips in pairs formed by arrival order, so e.g. instances 0 and 2 may pass together while instance 1 has not yet written a[1] that instance 0 reads */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
pthread_barrier_t b;
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  pthread_barrier_wait(&b);
  out[id] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  pthread_barrier_init(&b, 0, 2);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
