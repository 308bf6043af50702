/* TRUTH: free — the mutex is taken through function pointers to pthread_mutex_lock/unlock; two[id % 2] is always updated under m */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int (*acquire)(pthread_mutex_t *) = pthread_mutex_lock;
int (*release)(pthread_mutex_t *) = pthread_mutex_unlock;
void *f(void *p) {
  long id = (long)p;
  acquire(&m);
  two[id % 2] += 1;
  release(&m);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
