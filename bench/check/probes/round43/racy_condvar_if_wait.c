/* TRUTH: racy — consumer waits with `if`, not `while`: a spurious wakeup (allowed by POSIX) lets it read data while the producer, which writes data outside the mutex, is still writing it */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready, data;
void *producer(void *a) {
  data = 42;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return 0;
}
void *consumer(void *a) {
  pthread_mutex_lock(&m);
  if (!ready) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  return (void *)(long)data;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&c, 0, consumer, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_join(p, 0); pthread_join(c, 0);
  return 0;
}
