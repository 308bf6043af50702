/* TRUTH: racy — when pthread_mutex_trylock fails the else branch updates two[id % 2] without the lock; ids 0 and 2 can collide on two[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *p) {
  long id = (long)p;
  if (pthread_mutex_trylock(&m) == 0) {
    two[id % 2] += 1;
    pthread_mutex_unlock(&m);
  } else {
    two[id % 2] += 1;
  }
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
