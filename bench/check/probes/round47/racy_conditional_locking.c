/* TRUTH: racy — locking is skipped when the nondet batch size n is 0, yet the increment of jobs is done regardless */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int jobs;
void *t(void *a) {
  int n = __VERIFIER_nondet_int();
  if (n > 0) pthread_mutex_lock(&m);
  jobs++;
  if (n > 0) pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return jobs;
}
