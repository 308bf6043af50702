/* TRUTH: racy — main writes data after publishing ready, so the consumer's read after the wait can overlap that write */
#include <pthread.h>
int data; int ready; int out; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *cons(void *a) {
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
  out = data;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, cons, 0);
  pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m);
  data = 123;
  pthread_join(th, 0);
  return out;
}
