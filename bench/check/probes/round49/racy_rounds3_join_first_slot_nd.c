/* TRUTH: racy — round 1 joined only if nondet; round 2 reuses slots */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
#define N 2
pthread_t h[N];
int c;
void *w(void *p) { return 0; }
void *u(void *p) { c++; return 0; }
int main(void) {
  for (int i = 0; i < N; i++) pthread_create(&h[i], 0, i ? w : u, 0);
  if (!__VERIFIER_nondet_bool()) { for (int i = 0; i < N; i++) pthread_join(h[i], 0); }
  for (int i = 0; i < N; i++) pthread_create(&h[i], 0, w, 0);
  for (int i = 0; i < N; i++) pthread_join(h[i], 0);
  c = 0;
  return 0;
}
