/* TRUTH: racy — bool probe returns 2 which is 1; ==2 false so join skipped */
#include <pthread.h>
#include <stdbool.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

bool probe(void) { pthread_create(&t, 0, w, 0); return 2; }
int main(void) {
  if (probe() == 2) pthread_join(t, 0);
  x = 2;
  return 0;
}
