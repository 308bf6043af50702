/* TRUTH: free — the only thread writes result; main reads it only after pthread_join */
#include <pthread.h>
#include <stdio.h>
static long result;
static void *compute(void *arg) { long n = (long)arg; long s = 0; for (long i = 1; i <= n; i++) s += i; result = s; return NULL; }
int main(void) {
  pthread_t t;
  if (pthread_create(&t, NULL, compute, (void *)10L) != 0) return 1;
  pthread_join(t, NULL);
  printf("%ld\n", result);
  return 0;
}
