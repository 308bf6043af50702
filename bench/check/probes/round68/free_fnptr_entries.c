/* TRUTH: free — table of entries; each writes its own global */
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
int ga, gb;
void *wa(void *arg) { ga = 1; return 0; }
void *wb(void *arg) { gb = 1; return 0; }
void *(*tbl[2])(void *) = { wa, wb };
int main(void) { pthread_t t[2]; for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, tbl[i], 0); for (int i = 0; i < 2; i++) pthread_join(t[i], 0); return ga + gb; }
