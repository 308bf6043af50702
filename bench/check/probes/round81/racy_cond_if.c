/* TRUTH: racy — 'if' instead of 'while' around cond_wait: spurious wakeup with done==0 lets main read data concurrently with worker's write */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;
int data, done;
void *w(void *a) { data = 7; pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&m);
  if (!done) pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
  int v = data;
  pthread_join(t, 0);
  return v;
}
