/* TRUTH: racy — SHL writes g with <<= */
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
int g = 1; int sink1, sink2;
#define SHL(a) a <<= 1
void *thread1(void *arg) { SHL(g); return 0; }
void *thread2(void *arg) { sink2 = g; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
