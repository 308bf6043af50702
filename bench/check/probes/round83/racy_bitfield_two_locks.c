/* TRUTH: racy — flags.ready and flags.count are adjacent bit-fields in the same memory location; thread a writes ready under ma, thread b writes count under mb (different locks) */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t mb = PTHREAD_MUTEX_INITIALIZER;

struct status {
  unsigned ready : 1;
  unsigned count : 7;
} flags;

void *thread_a(void *arg) {
  int i, n = __VERIFIER_nondet_int();
  __VERIFIER_assume(n > 0 && n < 4);
  for (i = 0; i < n; i++) {
    pthread_mutex_lock(&ma);
    flags.ready = !flags.ready;
    pthread_mutex_unlock(&ma);
  }
  return 0;
}

void *thread_b(void *arg) {
  int i, n = __VERIFIER_nondet_int();
  __VERIFIER_assume(n > 0 && n < 4);
  for (i = 0; i < n; i++) {
    pthread_mutex_lock(&mb);
    flags.count = flags.count + 1;
    pthread_mutex_unlock(&mb);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, thread_a, 0);
  pthread_create(&b, 0, thread_b, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(flags.count < 4)) reach_error();
  return 0;
}
