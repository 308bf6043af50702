/* TRUTH: free. The thread is created only when c != 0 and joined under the same
   (unchanged) condition before main writes `shared`. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int shared;
void *worker(void *arg) { shared = 1; return NULL; }
int main(void) {
  pthread_t t;
  int c = __VERIFIER_nondet_int();
  if (c) pthread_create(&t, NULL, worker, NULL);
  if (c) pthread_join(t, NULL);
  shared = 2;
  return shared;
}
