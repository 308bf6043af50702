/* TRUTH: racy — on the nondet 'fast path' the worker bumps total without taking m; two workers can take it concurrently */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

int total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void *worker(void *arg) {
  int i;
  for (i = 0; i < 3; i++) {
    if (__VERIFIER_nondet_int()) {
      pthread_mutex_lock(&m);
      total += 2;
      pthread_mutex_unlock(&m);
    } else {
      total += 1; /* fast path forgets the lock */
    }
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (total > 6 * 2) reach_error();
  return 0;
}
