/* TRUTH: free — rwlock write-locked by looping on pthread_rwlock_trywrlock until it returns 0 */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <threads.h>
#define N 3
int two[2]; pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER; static void init(void) {}
void *f(void *p) {
  long id = (long)p;
  while (pthread_rwlock_trywrlock(&rw) != 0) sched_yield();
  two[id % 2] += 1;
  pthread_rwlock_unlock(&rw);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  init();
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
