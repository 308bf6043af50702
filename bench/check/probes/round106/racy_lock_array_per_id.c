/* TRUTH: racy — two[id % 2] is updated under m[id], so ids 0 and 2 hold different mutexes while both update two[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_mutex_t m[N] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&m[id]);
  two[id % 2] += 1;
  pthread_mutex_unlock(&m[id]);
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
