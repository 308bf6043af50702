/* TRUTH: racy — the signaller sets ready under the lock but writes result only after unlocking; the waiter reads result after seeing ready */
#include <pthread.h>
int ready, result;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *signaller(void *a) {
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  result = 42; /* too late */
  return 0;
}
void *waiter(void *a) {
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  return (void *)(long)result;
}
int main(void) {
  pthread_t s, w;
  pthread_create(&w, 0, waiter, 0);
  pthread_create(&s, 0, signaller, 0);
  pthread_join(s, 0);
  pthread_join(w, 0);
  return 0;
}
