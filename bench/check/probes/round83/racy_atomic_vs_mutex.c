/* TRUTH: racy — worker A updates total inside an atomic section, worker B updates it under mutex m; atomic section and mutex do not exclude each other */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int total = 0;

void *worker_a(void *arg) {
  int i, n = *(int *)arg;
  for (i = 0; i < n; i++) {
    __VERIFIER_atomic_begin();
    total += 2;
    __VERIFIER_atomic_end();
  }
  return 0;
}

void *worker_b(void *arg) {
  int i, n = *(int *)arg;
  for (i = 0; i < n; i++) {
    pthread_mutex_lock(&m);
    total += 3;
    pthread_mutex_unlock(&m);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  int n = __VERIFIER_nondet_int();
  if (!(n > 0 && n < 5)) abort();
  pthread_create(&a, 0, worker_a, &n);
  pthread_create(&b, 0, worker_b, &n);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(total == 5 * n)) reach_error();
  return 0;
}
