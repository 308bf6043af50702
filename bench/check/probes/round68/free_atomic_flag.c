/* TRUTH: free — atomic_flag lock with seq_cst test_and_set/clear */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#include <stdlib.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void reach_error(void);
atomic_flag f = ATOMIC_FLAG_INIT; int x;
void *thread1(void *arg) {
  while (atomic_flag_test_and_set(&f)) ;
  x++;
  atomic_flag_clear(&f);
  return 0;
}
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread1, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
