/* TRUTH: racy — round 2 overwrites round 1 handles; round 1 never joined */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
#define N 3
pthread_t h[N];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int c;
void *w(void *p) { pthread_mutex_lock(&m); c++; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  for (int i = 0; i < N; i++) pthread_create(&h[i], 0, w, 0);
  for (int i = 0; i < N; i++) pthread_create(&h[i], 0, w, 0);
  for (int i = 0; i < N; i++) pthread_join(h[i], 0);
  c = 0;
  return 0;
}
