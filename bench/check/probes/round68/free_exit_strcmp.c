/* TRUTH: free — strcmp of equal literals is 0, thread2 always exits first */
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
int x;
void *thread1(void *arg) { x = 1; return 0; }
void *thread2(void *arg) { if (strcmp("ab", "ab") == 0) pthread_exit(0); x = 2; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
