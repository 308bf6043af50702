/* TRUTH: free — each round joined before main writes p,q */
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
int p, q;
void *ta(void *a) { p = 1; return 0; }
void *tb(void *a) { q = 1; return 0; }
int main(void) {
  for (int i = 0; i < 2; i++) pthread_create(&h[i], 0, i ? tb : ta, 0);
  for (int i = 0; i < 2; i++) pthread_join(h[i], 0);
  p = 5; q = 5;
  for (int i = 0; i < 2; i++) pthread_create(&h[i], 0, i ? tb : ta, 0);
  for (int i = 0; i < 2; i++) pthread_join(h[i], 0);
  p = 6; q = 6;
  return 0;
}
