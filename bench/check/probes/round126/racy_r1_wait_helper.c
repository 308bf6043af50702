/* TRUTH: racy — w1 stores started=0 before signalling; wait_done() orders it, main reads 0, skips joining w2, x=2 races with w2 */
/* RUN: - */
#include <pthread.h>
int started, done, x;
pthread_t t1, t2;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *w1(void *a) { pthread_mutex_lock(&m); started = 0; done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
void *w2(void *a) { x = 1; return 0; }
void wait_done(void) { pthread_mutex_lock(&m); while (!done) pthread_cond_wait(&c, &m); pthread_mutex_unlock(&m); }
int main(void) {
  started = 1;
  pthread_create(&t2, 0, w2, 0);
  pthread_create(&t1, 0, w1, 0);
  wait_done();
  if (started) pthread_join(t2, 0);
  x = 2;
  pthread_join(t1, 0);
  return 0;
}
