/* TRUTH: free — recursive helper updates sum under m in both threads */
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
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int sum;
void add_rec(int n) { if (n == 0) return; pthread_mutex_lock(&m); sum += n; pthread_mutex_unlock(&m); add_rec(n - 1); }
void *thread1(void *arg) { add_rec(3); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread1, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
