/* TRUTH: free — main stores n = 0 before starting threads, so n > 5 is false in thread1 and only thread2 writes x */
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
unsigned n = -2; int x;
void *thread1(void *arg) { if (n > 5) x = 1; return 0; }
void *thread2(void *arg) { x = 3; return 0; }
int main(void) { pthread_t a, b; n = 0; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
