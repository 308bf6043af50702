/* TRUTH: free — every thread access to 'x' is inside a __VERIFIER_atomic_* function; main reads x only after the joins */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int x;

void __VERIFIER_atomic_inc(void) { x = x + 1; }
int __VERIFIER_atomic_get(void) { return x; }

void *incr(void *arg) {
  __VERIFIER_atomic_inc();
  return 0;
}

void *check(void *arg) {
  int v = __VERIFIER_atomic_get();
  if (v > 2) reach_error();
  return 0;
}

int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, 0, incr, 0);
  pthread_create(&b, 0, incr, 0);
  pthread_create(&c, 0, check, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  pthread_join(c, 0);
  if (x != 2) reach_error();
  return 0;
}
