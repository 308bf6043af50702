/* TRUTH: free — plain int f accessed only via __atomic builtins; release/acquire orders x */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int x, f;
void *ta(void *p) { x = 1; __atomic_store_n(&f, 1, __ATOMIC_RELEASE); return 0; }
void *tb(void *p) { while (!__atomic_load_n(&f, __ATOMIC_ACQUIRE)) { } x = 2; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, ta, 0); pthread_create(&b, 0, tb, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
