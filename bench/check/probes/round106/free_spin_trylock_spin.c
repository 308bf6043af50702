/* TRUTH: free — pthread spinlock acquired by looping on pthread_spin_trylock until it returns 0 */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <threads.h>
#define N 3
int two[2]; pthread_spinlock_t sl; static void init(void) { pthread_spin_init(&sl, 0); }
void *f(void *p) {
  long id = (long)p;
  while (pthread_spin_trylock(&sl) != 0) sched_yield();
  two[id % 2] += 1;
  pthread_spin_unlock(&sl);
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
