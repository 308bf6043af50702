/* TRUTH: racy — t1 writes *p (p == &g) under m; t2 writes g directly without m */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
int g;
int *p = &g;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t1(void *arg) { pthread_mutex_lock(&m); *p = 1; pthread_mutex_unlock(&m); return NULL; }
void *t2(void *arg) { g = 2; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
