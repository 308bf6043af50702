/* TRUTH: free — the lock is taken by spinning on pthread_mutex_trylock until it succeeds; two[id % 2] is only touched while holding m */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *p) {
  long id = (long)p;
  while (pthread_mutex_trylock(&m) != 0) sched_yield();
  two[id % 2] += 1;
  pthread_mutex_unlock(&m);
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
