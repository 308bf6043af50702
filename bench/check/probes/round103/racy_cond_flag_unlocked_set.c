/* TRUTH: racy — the consumer reads 'ready' under the mutex but the producer sets it without taking the mutex */
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready;
int value;

void *producer(void *arg) {
  value = 3;
  ready = 1;
  pthread_cond_signal(&cv);
  return 0;
}

void *consumer(void *arg) {
  pthread_mutex_lock(&m);
  while (!ready)
    pthread_cond_wait(&cv, &m);
  int v = value;
  pthread_mutex_unlock(&m);
  return (void *)(long)v;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&c, 0, consumer, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
