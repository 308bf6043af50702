/* TRUTH: free — each struct's field is updated under the struct's own mutex */
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
struct acct { pthread_mutex_t m; int bal; } A = { PTHREAD_MUTEX_INITIALIZER, 0 }, B = { PTHREAD_MUTEX_INITIALIZER, 0 };
void add(struct acct *p, int v) { pthread_mutex_lock(&p->m); p->bal += v; pthread_mutex_unlock(&p->m); }
void *thread1(void *arg) { add(&A, 1); add(&B, 2); return 0; }
void *thread2(void *arg) { add(&B, 3); add(&A, 4); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
