/* TRUTH: racy — main waits on condvar once with no predicate; spurious wakeup lets it read data while worker writes data (outside the lock) */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;
int data;
void *w(void *a) { data = 7; pthread_mutex_lock(&m); pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t t;
  pthread_mutex_lock(&m);
  pthread_create(&t, 0, w, 0);
  pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
  int v = data;
  pthread_join(t, 0);
  return v;
}
