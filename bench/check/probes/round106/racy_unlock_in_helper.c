/* TRUTH: racy — a helper called right after locking releases the mutex again, so two[id % 2] += 1 runs unlocked; ids 0 and 2 collide on two[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void log_entry(void) {
  pthread_mutex_unlock(&m);
}
static void log_exit(void) {
  pthread_mutex_lock(&m);
}
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&m);
  log_entry();
  two[id % 2] += 1;
  log_exit();
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
