/* TRUTH: free — locks[0] and locks[1] both point to the single mutex m, so two[id % 2] is always updated under m */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
int two[2]; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_mutex_t *locks[2] = {&m, &m};
static void init(void) {}
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(locks[id % 2]);
  two[id % 2] += 1;
  pthread_mutex_unlock(locks[id % 2]);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  init();
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("done\n");
  return 0;
}
