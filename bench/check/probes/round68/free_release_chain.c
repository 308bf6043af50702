/* TRUTH: free — t2 acquires 1 from t1 and releases 2; t3 acquires 2: transitive happens-before */
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
int data; atomic_int flag;
void *t1(void *arg) { data = 42; atomic_store_explicit(&flag, 1, memory_order_release); return 0; }
void *t2(void *arg) { while (atomic_load_explicit(&flag, memory_order_acquire) != 1) ; atomic_store_explicit(&flag, 2, memory_order_release); return 0; }
void *t3(void *arg) { while (atomic_load_explicit(&flag, memory_order_acquire) != 2) ; int d = data; (void)d; return 0; }
int main(void) { pthread_t a, b, c; pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0); pthread_create(&c, 0, t3, 0); pthread_join(a, 0); pthread_join(b, 0); pthread_join(c, 0); return 0; }
