/* TRUTH: free — h[0] stored before the create of thread 1 which reads it */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
pthread_t h[2];
unsigned long seen;
void *t(void *p) { if (p) seen = (unsigned long)h[0]; return 0; }
int main(void) {
  pthread_create(&h[0], 0, t, 0);
  pthread_create(&h[1], 0, t, (void *)1);
  pthread_join(h[0], 0);
  pthread_join(h[1], 0);
  return 0;
}
