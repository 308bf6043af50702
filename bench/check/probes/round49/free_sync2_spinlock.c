/* TRUTH: free — pthread spinlock protects x */
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
pthread_spinlock_t sl;
void *t(void *p) { pthread_spin_lock(&sl); x++; pthread_spin_unlock(&sl); return 0; }
int main(void) { pthread_t a, b; pthread_spin_init(&sl, 0); pthread_create(&a, 0, t, 0); pthread_create(&b, 0, t, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
