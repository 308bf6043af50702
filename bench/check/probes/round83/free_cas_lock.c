/* TRUTH: free — CAS spin lock with acquire CAS and release store protects total */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int lockword = 0;
int total = 0;

void acquire(void) {
  int expected;
  do {
    expected = 0;
  } while (!__atomic_compare_exchange_n(&lockword, &expected, 1, 0,
                                        __ATOMIC_ACQUIRE, __ATOMIC_RELAXED));
}
void release(void) { __atomic_store_n(&lockword, 0, __ATOMIC_RELEASE); }

void *worker(void *arg) {
  int id = *(int *)arg;
  acquire();
  total = total + id + 1;
  release();
  return 0;
}

int main(void) {
  pthread_t t[2];
  int ids[2] = {0, 1};
  int i;
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, worker, &ids[i]);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  if (!(total == 3)) reach_error();
  return 0;
}
