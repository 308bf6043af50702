/* TRUTH: racy — each thread locks locks[k] with k nondeterministic in {0,1}; when they pick different locks both write shared (line 8) unprotected from each other. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER }; int shared;
void *w(void *a) {
  int k = __VERIFIER_nondet_int(); if (k < 0 || k > 1) k = 0;
  pthread_mutex_lock(&locks[k]);
  shared++;
  pthread_mutex_unlock(&locks[k]); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0); pthread_join(p, 0); pthread_join(q, 0); return shared; }
