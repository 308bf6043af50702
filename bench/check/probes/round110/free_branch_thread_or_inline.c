/* TRUTH: free — result is computed by a worker thread (joined before use) or inline, never both */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

extern int __VERIFIER_nondet_int(void);
int __VERIFIER_nondet_int(void) { return rand(); }

long result;

static void *compute(void *arg) {
  long n = (long)arg;
  long r = 1;
  for (long i = 2; i <= n; i++) r *= i;
  result = r;
  return NULL;
}

int main(void) {
  int use_thread = __VERIFIER_nondet_int() % 2;
  pthread_t t;
  if (use_thread) pthread_create(&t, NULL, compute, (void *)10L);
  else compute((void *)10L);
  if (use_thread) pthread_join(t, NULL);
  printf("%ld\n", result);
  result = 0;
  return 0;
}
