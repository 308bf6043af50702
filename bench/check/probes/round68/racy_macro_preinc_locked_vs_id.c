/* TRUTH: racy — thread2's ++ID(g) takes no lock while thread1 increments g under m */
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
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
#define ID(a) a
void *thread1(void *arg) { pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); return 0; }
void *thread2(void *arg) { ++ID(g); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
