/* TRUTH: free — w1 stores started=1 before signalling; after wait_done() main reads 1 and joins w2 before x=2 */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
int started, done, x;
pthread_t t1, t2;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *w1(void *a) { pthread_mutex_lock(&m); started = 1; done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
void *w2(void *a) { x = 1; return 0; }
void wait_done(void) { pthread_mutex_lock(&m); while (!done) pthread_cond_wait(&c, &m); pthread_mutex_unlock(&m); }
int main(void) {
  started = 0;
  if (pthread_create(&t2, 0, w2, 0)) exit(1);
  if (pthread_create(&t1, 0, w1, 0)) exit(1);
  wait_done();
  if (started) pthread_join(t2, 0);
  else x = 3;
  x = 2;
  pthread_join(t1, 0);
  return 0;
}
