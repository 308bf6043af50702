/* TRUTH: racy — the consumer reads data before its condition wait, concurrently with main's data = 9 */
#include <pthread.h>
int data; int ready; int out; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *cons(void *a) {
  out = data;
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, cons, 0);
  data = 9;
  pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m);
  pthread_join(th, 0);
  return out;
}
