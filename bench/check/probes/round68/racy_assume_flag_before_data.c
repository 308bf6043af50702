/* TRUTH: racy — thread1 sets flag before writing data, so thread2 may read data concurrently */
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
int flag; int data;
void *thread1(void *arg) { __VERIFIER_atomic_begin(); flag = 1; __VERIFIER_atomic_end(); data = 5; return 0; }
void *thread2(void *arg) { __VERIFIER_atomic_begin(); __VERIFIER_assume(flag == 1); __VERIFIER_atomic_end(); int d = data; (void)d; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
