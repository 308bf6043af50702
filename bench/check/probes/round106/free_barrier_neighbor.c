/* TRUTH: free — every write a[id] happens before the barrier, every read a[id + 1] after it */
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
  pthread_barrier_init(&b, 0, N);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  pthread_barrier_destroy(&b);
  printf("%d\n", out[0]);
  return 0;
}
