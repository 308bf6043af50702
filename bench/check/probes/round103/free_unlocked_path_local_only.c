/* TRUTH: free — the path without the lock touches only locals; shared x is always accessed under m */
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
  int local = 3;
  if (__VERIFIER_nondet_int()) {
    pthread_mutex_lock(&m);
    x = x + local;
    pthread_mutex_unlock(&m);
  } else {
    local = local * 2;
  }
  return (void *)(long)local;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
