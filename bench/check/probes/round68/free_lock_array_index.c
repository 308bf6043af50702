/* TRUTH: free — each account is updated only under its own mutex locks[i] */
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
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER }; int bal[2];
void deposit(int i, int v) { pthread_mutex_lock(&locks[i]); bal[i] += v; pthread_mutex_unlock(&locks[i]); }
void *thread1(void *arg) { deposit(0, 5); deposit(1, 3); return 0; }
void *thread2(void *arg) { deposit(1, 2); deposit(0, 1); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
