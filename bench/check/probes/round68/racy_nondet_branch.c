/* TRUTH: racy — x may be 1, then thread2 writes g concurrently with thread1 */
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
int g;
void *thread1(void *arg) { g = 1; return 0; }
void *thread2(void *arg) { int x = __VERIFIER_nondet_int(); if (x == 1) g = 2; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
