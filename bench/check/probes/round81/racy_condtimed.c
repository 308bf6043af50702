/* TRUTH: racy — main uses cond_timedwait with expired deadline, breaks on timeout and reads data while worker writes it */
#include <pthread.h>
#include <time.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;
int data, done;
void *w(void *a) { data = 7; pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t t;
  struct timespec ts = {0, 0};
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&m);
  while (!done) if (pthread_cond_timedwait(&c, &m, &ts) != 0) break;
  pthread_mutex_unlock(&m);
  int v = data;
  pthread_join(t, 0);
  return v;
}
