/* TRUTH: racy — when both passes start w into t, the first instance is never joined and races with x=2 */
/* RUN: NONDET_SEQ=1,1 | NONDET_SEQ=1,0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  int i;
  started = 0;
  for (i = 0; i < 2; i++) {
    if (__VERIFIER_nondet_int()) { pthread_create(&t, 0, w, 0); started = 1; }
  }
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
