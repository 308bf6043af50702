/* TRUTH: free — create inside main critical section; t reads h under same lock afterwards */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
pthread_t h;
unsigned long seen;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *p) { pthread_mutex_lock(&m); seen = (unsigned long)h; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t j;
  pthread_mutex_lock(&m);
  pthread_create(&h, 0, t, 0);
  j = h;
  pthread_mutex_unlock(&m);
  pthread_join(j, 0);
  return 0;
}
