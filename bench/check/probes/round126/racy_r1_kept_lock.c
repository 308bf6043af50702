/* TRUTH: racy — w may store started=0 under m before main's locked test; main then skips the join and x=2 races with w */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
#include <unistd.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&m); started = 0; pthread_mutex_unlock(&m); x = 1; return 0; }
int main(void) {
  started = 0;
  if (__VERIFIER_nondet_int()) {
    started = 1;
    pthread_create(&t, 0, w, 0);
  }
  usleep(10000);
  pthread_mutex_lock(&m);
  if (started) { pthread_mutex_unlock(&m); pthread_join(t, 0); }
  else pthread_mutex_unlock(&m);
  x = 2;
  return 0;
}
