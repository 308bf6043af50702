/* TRUTH: free — t2 (created after h1 stored) is the only joiner of h1 */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
pthread_t h1, h2;
void *t1(void *p) { return 0; }
void *t2(void *p) { pthread_join(h1, 0); return 0; }
int main(void) {
  pthread_create(&h1, 0, t1, 0);
  pthread_create(&h2, 0, t2, 0);
  pthread_join(h2, 0);
  return 0;
}
