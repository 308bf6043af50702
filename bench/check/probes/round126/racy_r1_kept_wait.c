/* TRUTH: racy — w stores started=0 and signals before writing x; wait_done() orders it, main reads 0, skips the join, x=2 races */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int started, done, x;
pthread_t t;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&m); started = 0; done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); x = 1; return 0; }
void wait_done(void) { pthread_mutex_lock(&m); while (!done) pthread_cond_wait(&c, &m); pthread_mutex_unlock(&m); }
int main(void) {
  started = 0;
  if (__VERIFIER_nondet_int()) {
    started = 1;
    pthread_create(&t, 0, w, 0);
    wait_done();
  }
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
