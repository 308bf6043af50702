/* TRUTH: free — t2 takes the lock on both branches of the nondet choice before writing x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;

void *t1(void *arg) {
  pthread_mutex_lock(&m);
  x = x + 1;
  pthread_mutex_unlock(&m);
  return 0;
}

void *t2(void *arg) {
  if (__VERIFIER_nondet_int()) {
    pthread_mutex_lock(&m);
    x = x + 2;
    pthread_mutex_unlock(&m);
  } else {
    pthread_mutex_lock(&m);
    x = x * 2;
    pthread_mutex_unlock(&m);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
