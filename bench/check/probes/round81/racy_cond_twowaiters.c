/* TRUTH: racy — done flag set by worker A (no data write) lets main proceed; worker B writes data unsynchronized */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;
int data, done;
void *wa(void *a) { pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
void *wb(void *a) { data = 7; pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t ta, tb;
  pthread_create(&ta, 0, wa, 0);
  pthread_create(&tb, 0, wb, 0);
  pthread_mutex_lock(&m);
  while (!done) pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
  int v = data;
  pthread_join(ta, 0); pthread_join(tb, 0);
  return v;
}
