/* TRUTH: racy. n >= 2 threads (assumed) all do counter++ without any lock. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
int counter;
void *worker(void *arg) { counter++; return NULL; }
int main(void) {
  pthread_t t[16];
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n >= 2 && n <= 16);
  for (int i = 0; i < n; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < n; i++) pthread_join(t[i], NULL);
  return counter;
}
