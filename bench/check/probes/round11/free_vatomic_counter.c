// free: both threads increment g only inside __VERIFIER_atomic_inc (treated as atomic); main reads after joins.
#include <pthread.h>
extern void __VERIFIER_assume(int);
extern void reach_error(void);
int g = 0;
void __VERIFIER_atomic_inc(void) { g = g + 1; }
void *worker(void *arg) {
  __VERIFIER_atomic_inc();
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, worker, 0);
  pthread_create(&t2, 0, worker, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  if (g != 2) reach_error();
  return 0;
}
