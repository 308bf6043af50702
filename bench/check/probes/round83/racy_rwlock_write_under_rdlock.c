/* TRUTH: racy — both threads hold only a read lock of the rwlock while writing stats, read locks are shared */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int stats = 0;

void *worker(void *arg) {
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n > 0 && n < 4);
  for (i = 0; i < n; i++) {
    pthread_rwlock_rdlock(&rw);
    stats = stats + 1;
    pthread_rwlock_unlock(&rw);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(stats >= 2)) reach_error();
  return 0;
}
