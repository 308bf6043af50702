/* TRUTH: racy — volatile is not atomic: plain accesses to the volatile flag race (and data is unordered) */
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
int data; volatile int ready;
void *producer(void *arg) { data = 42; ready = 1; return 0; }
void *consumer(void *arg) { while (!ready) ; int d = data; (void)d; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, producer, 0); pthread_create(&b, 0, consumer, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
