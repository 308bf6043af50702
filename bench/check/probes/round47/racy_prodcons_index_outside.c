/* TRUTH: racy — producers reserve a slot under the lock but advance the shared 'in' index after unlocking, so two producers write 'in' concurrently */
#include <pthread.h>
#include <semaphore.h>
#define BS 4
int buf[BS];
int in, out;
sem_t empty, full;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void *producer(void *a) {
  int pos;
  sem_wait(&empty);
  pthread_mutex_lock(&m);
  pos = in;
  buf[pos] = 1;
  pthread_mutex_unlock(&m);
  in = (pos + 1) % BS; /* outside the lock */
  sem_post(&full);
  return 0;
}

void *consumer(void *a) {
  int v;
  sem_wait(&full);
  pthread_mutex_lock(&m);
  v = buf[out];
  out = (out + 1) % BS;
  pthread_mutex_unlock(&m);
  sem_post(&empty);
  return (void *)(long)v;
}

int main(void) {
  pthread_t p1, p2, c;
  sem_init(&empty, 0, BS);
  sem_init(&full, 0, 0);
  pthread_create(&p1, 0, producer, 0);
  pthread_create(&p2, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p1, 0);
  pthread_join(p2, 0);
  pthread_join(c, 0);
  return 0;
}
