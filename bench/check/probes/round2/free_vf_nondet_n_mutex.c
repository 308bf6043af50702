/* TRUTH: free. n nondet threads increment counter under one mutex; main reads after joins. */
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
  assume_abort_if_not(n >= 1 && n <= 16);
  for (int i = 0; i < n; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < n; i++) pthread_join(t[i], NULL);
  return counter;
}
