/* TRUTH: free — relaxed flag ops bracketed by release fence before store and acquire fence after the spin */
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
int data; atomic_int ready;
void *producer(void *arg) { data = 42; atomic_thread_fence(memory_order_release); atomic_store_explicit(&ready, 1, memory_order_relaxed); return 0; }
void *consumer(void *arg) { while (!atomic_load_explicit(&ready, memory_order_relaxed)) ; atomic_thread_fence(memory_order_acquire); int d = data; (void)d; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, producer, 0); pthread_create(&b, 0, consumer, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
