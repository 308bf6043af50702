/* TRUTH: racy — thread i reads h[i] that its own pthread_create may not have stored yet */
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
pthread_t h[2];
unsigned long seen[2];
void *t(void *p) { intptr_t i = (intptr_t)p; seen[i] = (unsigned long)h[i]; return 0; }
int main(void) {
  for (intptr_t i = 0; i < 2; i++) pthread_create(&h[i], 0, t, (void *)i);
  for (int i = 0; i < 2; i++) pthread_join(h[i], 0);
  return 0;
}
