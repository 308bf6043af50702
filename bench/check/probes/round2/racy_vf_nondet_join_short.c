/* TRUTH: racy. Creates n >= 2 threads but joins only n-1; the last thread may still
   increment counter (under m) while main writes counter without the lock. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
int counter;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) { pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t t[16];
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n >= 2 && n <= 16);
  for (int i = 0; i < n; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < n - 1; i++) pthread_join(t[i], NULL);
  counter = 0;
  return counter;
}
