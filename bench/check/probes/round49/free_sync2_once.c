/* TRUTH: free — pthread_once runs init once and orders it before every return */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int x;
pthread_once_t o = PTHREAD_ONCE_INIT;
int seen1, seen2;
static void init(void) { x = 42; }
void *t1(void *a) { pthread_once(&o, init); seen1 = x; return 0; }
void *t2(void *a) { pthread_once(&o, init); seen2 = x; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
