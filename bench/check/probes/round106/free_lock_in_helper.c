/* TRUTH: free — helper bump() takes the mutex around two[id % 2] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void bump(int *cell) {
  pthread_mutex_lock(&m);
  *cell += 1;
  pthread_mutex_unlock(&m);
}
void *f(void *p) {
  long id = (long)p;
  bump(&two[id % 2]);
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
