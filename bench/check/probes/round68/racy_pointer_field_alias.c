/* TRUTH: racy — q points into g.p[1]; thread2 writes q->x = g.p[1].x */
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
struct Q { struct E { int x, y; } p[2]; } g; struct E *q = &g.p[1];
void *thread1(void *arg) { g.p[1].x = 1; return 0; }
void *thread2(void *arg) { q->x = 2; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
