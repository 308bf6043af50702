/* TRUTH: racy — writes to 'x' are inside __VERIFIER_atomic_inc, but the checker thread reads x outside any atomic section */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int x;

void __VERIFIER_atomic_inc(void) { x = x + 1; }

void *incr(void *arg) {
  __VERIFIER_atomic_inc();
  return 0;
}

void *check(void *arg) {
  int v = x;
  if (v > 1) reach_error();
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, incr, 0);
  pthread_create(&b, 0, check, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
