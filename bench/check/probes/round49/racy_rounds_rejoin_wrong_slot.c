/* TRUTH: racy — round-2 thread 0 writes slot[1] while round-1 thread 1 may still run */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
#include <stdint.h>
#define N 3
pthread_t h[N];
int slot[N];
void *t1(void *a) { slot[(intptr_t)a] = 1; return 0; }
void *t2(void *a) { slot[((intptr_t)a + 1) % N] = 2; return 0; }
int main(void) {
  for (intptr_t i = 0; i < N; i++) pthread_create(&h[i], 0, t1, (void *)i);
  for (intptr_t i = 0; i < N; i++) { pthread_join(h[i], 0); pthread_create(&h[i], 0, t2, (void *)i); }
  for (int i = 0; i < N; i++) pthread_join(h[i], 0);
  return 0;
}
