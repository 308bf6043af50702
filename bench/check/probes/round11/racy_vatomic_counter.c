// racy: t1 increments g inside __VERIFIER_atomic_inc, but t2 increments g directly outside any atomic section.
#include <pthread.h>
extern void reach_error(void);
int g = 0;
void __VERIFIER_atomic_inc(void) { g = g + 1; }
void *worker1(void *arg) {
  __VERIFIER_atomic_inc();
  return 0;
}
void *worker2(void *arg) {
  g = g + 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, worker1, 0);
  pthread_create(&t2, 0, worker2, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  if (g != 2) reach_error();
  return 0;
}
