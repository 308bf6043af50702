/* TRUTH: racy — backward goto starts a second thread into t; only the last is joined */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int started;
int main(void) {
  int i = 0;
again:
  if (pthread_create(&t, 0, w, 0) != 0) return 1;
  started = 1;
  if (++i < 2) goto again;
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
