/* TRUTH: racy — on the nondet else-branch the thread increments total without taking m, racing with the other thread's locked increment */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int total;

void *t(void *arg)
{
  if (__VERIFIER_nondet_int()) {
    pthread_mutex_lock(&m);
    total += 2;
    pthread_mutex_unlock(&m);
  } else {
    total += 1;
  }
  return 0;
}

int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return total;
}
