/* TRUTH: racy — sizeof branch is taken; probe() called inside starts t and x is written while t runs */
#include <pthread.h>
#include <stdbool.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int probe(void) { pthread_create(&t, 0, w, 0); return 0; }
int main(void) {
  if (sizeof(probe()) == sizeof(int)) { probe(); x = 2; }
  return 0;
}
