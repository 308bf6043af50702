/* TRUTH: free — two[id % 2] is updated under a pthread spinlock */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_spinlock_t sl;
void *f(void *p) {
  long id = (long)p;
  pthread_spin_lock(&sl);
  two[id % 2] += 1;
  pthread_spin_unlock(&sl);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
