/* TRUTH: racy — thread2 updates bal[1] holding locks[0], thread1 holds locks[1] */
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
void *thread1(void *arg) { pthread_mutex_lock(&locks[1]); bal[1] += 5; pthread_mutex_unlock(&locks[1]); return 0; }
void *thread2(void *arg) { pthread_mutex_lock(&locks[0]); bal[1] += 2; pthread_mutex_unlock(&locks[0]); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
