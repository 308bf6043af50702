// racy: main joins only t[0] and then reads x unlocked; with n >= 2 other threads may still update x.
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
  pthread_join(t[0], 0);
  if (x > n) reach_error();
  for (int i = 1; i < n; i++) pthread_join(t[i], 0);
  return 0;
}
