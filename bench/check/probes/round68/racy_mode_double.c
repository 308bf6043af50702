/* TRUTH: racy — main stores mode = (int)2.7, which is 2, so thread1 writes x concurrently with thread2 */
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
#include <string.h>
int mode; int x; 
void *thread1(void *arg) { if (mode == 2) x = 1; return 0; }
void *thread2(void *arg) { x = 3; return 0; }
int main(void) { pthread_t a, b; mode = (int)2.7; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
