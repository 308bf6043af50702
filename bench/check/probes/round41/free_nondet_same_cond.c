/* TRUTH: free — t1 locks m and unlocks it on the same condition lk; z is written (line 8) only when lk!=0, i.e. under m; t2 writes z under m (line 10). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int z;
void *t1(void *a) {
  int lk = __VERIFIER_nondet_int(); if (lk) pthread_mutex_lock(&m);
  if (lk) z = 3;
  if (lk) pthread_mutex_unlock(&m); return 0; }
void *t2(void *a) { pthread_mutex_lock(&m); z = 4; pthread_mutex_unlock(&m); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return z; }
