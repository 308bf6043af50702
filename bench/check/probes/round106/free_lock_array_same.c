/* TRUTH: free — two[id % 2] is always updated under m[id % 2]; ids 0 and 2 take the same mutex m[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_mutex_t m[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&m[id % 2]);
  two[id % 2] += 1;
  pthread_mutex_unlock(&m[id % 2]);
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
