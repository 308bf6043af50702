/* TRUTH: racy — the consumer peeks at count outside the mutex (for a statistics check) while the producer updates it under the mutex */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int count;
int peak;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;

void *producer(void *a) {
  int i;
  for (i = 0; i < 3; i++) {
    pthread_mutex_lock(&m);
    count++;
    pthread_cond_signal(&c);
    pthread_mutex_unlock(&m);
  }
  return 0;
}

void *consumer(void *a) {
  int i;
  for (i = 0; i < 3; i++) {
    if (count > peak) peak = count; /* unlocked read of count */
    pthread_mutex_lock(&m);
    while (count == 0) pthread_cond_wait(&c, &m);
    count--;
    pthread_mutex_unlock(&m);
  }
  return 0;
}

int main(void) {
  pthread_t p, q;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&q, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(q, 0);
  if (count != 0) reach_error();
  return 0;
}
