/* TRUTH: free — probe appears only inside sizeof (unevaluated); no thread ever starts */
#include <pthread.h>
#include <stdbool.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int probe(void) { pthread_create(&t, 0, w, 0); return 0; }
int main(void) {
  if (sizeof(probe()) == sizeof(int)) x = 2;
  x = 3;
  return 0;
}
