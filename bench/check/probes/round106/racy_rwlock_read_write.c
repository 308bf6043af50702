/* TRUTH: racy — a[id] is WRITTEN while holding only the read lock, so it runs concurrently with the neighbour's read of a[id] under another read lock */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *f(void *p) {
  long id = (long)p;
  pthread_rwlock_rdlock(&rw);
  a[id] = (int)id + 1;
  pthread_rwlock_unlock(&rw);
  pthread_rwlock_rdlock(&rw);
  out[id] = a[id + 1];
  pthread_rwlock_unlock(&rw);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
