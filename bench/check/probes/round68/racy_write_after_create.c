/* TRUTH: racy — main writes cfg after creating the reader */
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
int cfg;
void *reader(void *arg) { int c = cfg; (void)c; return 0; }
int main(void) { pthread_t a; pthread_create(&a, 0, reader, 0); cfg = 4; pthread_join(a, 0); return 0; }
