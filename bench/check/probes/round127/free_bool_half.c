/* TRUTH: free — bool probe returns 0.5 which is true; joined */
#include <pthread.h>
#include <stdbool.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

bool probe(void) { pthread_create(&t, 0, w, 0); return 0.5; }
int main(void) {
  if (probe()) pthread_join(t, 0);
  x = 2;
  return 0;
}
