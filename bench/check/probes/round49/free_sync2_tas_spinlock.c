/* TRUTH: free — __sync_lock_test_and_set spinlock protects x */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int x, lk;
static void L(void) { while (__sync_lock_test_and_set(&lk, 1)) { } }
static void U(void) { __sync_lock_release(&lk); }
void *t(void *p) { L(); x++; U(); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, t, 0); pthread_create(&b, 0, t, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
