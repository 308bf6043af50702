/* TRUTH: racy — error-checking mutex: the second lock fails with EDEADLK (not acquired), so the single unlock releases m and two[id % 2] += 1 runs unlocked; ids 0 and 2 collide on two[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_mutex_t m;
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&m);
  pthread_mutex_lock(&m);
  pthread_mutex_unlock(&m);
  two[id % 2] += 1;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_ERRORCHECK);
  pthread_mutex_init(&m, &at);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
