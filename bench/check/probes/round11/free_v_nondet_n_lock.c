// free: nondet number of threads (1..5) each increment x under mutex; main reads x only after joining all n.
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void reach_error(void);
void assume_abort_if_not(int c) { if (!c) for (;;) {} }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n > 0 && n <= 5);
  pthread_t t[5];
  for (int i = 0; i < n; i++) pthread_create(&t[i], 0, w, 0);
  for (int i = 0; i < n; i++) pthread_join(t[i], 0);
  if (x != n) reach_error();
  return 0;
}
