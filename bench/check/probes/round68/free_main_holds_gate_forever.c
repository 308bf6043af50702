/* TRUTH: free — main locks g and never unlocks it, then deadlocks joining thread1; thread1 blocks on g forever and never writes x; only thread2 writes x */
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
pthread_mutex_t g = PTHREAD_MUTEX_INITIALIZER; int x;
void *thread1(void *arg) { pthread_mutex_lock(&g); x = 1; pthread_mutex_unlock(&g); return 0; }
void *thread2(void *arg) { x = 2; return 0; }
int main(void) { pthread_t a, b; pthread_mutex_lock(&g); pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(b, 0); pthread_join(a, 0); return 0; }
