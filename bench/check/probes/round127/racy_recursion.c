/* TRUTH: racy — recursive probe starts a thread per level into t; only the last is joined */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int probe(int n) {
  if (pthread_create(&t, 0, w, 0) != 0) return -1;
  if (n > 0) return probe(n - 1);
  return 0;
}
int main(void) {
  if (probe(1) == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
