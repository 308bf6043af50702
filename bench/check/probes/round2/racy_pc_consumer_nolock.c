/* TRUTH: racy. Consumer forgets the mutex: it polls count and decrements it without the
   lock while the producer updates it under the lock. */
#include <pthread.h>
#define N 4
int buf[N]; int count, in, out;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
void *producer(void *arg) {
  for (int i = 0; i < 8; i++) {
    pthread_mutex_lock(&m);
    while (count == N) pthread_cond_wait(&not_full, &m);
    buf[in] = i; in = (in + 1) % N; count++;
    pthread_mutex_unlock(&m);
  }
  return NULL;
}
void *consumer(void *arg) {
  int sum = 0;
  for (int i = 0; i < 8; i++) {
    while (count == 0) ;
    sum += buf[out]; out = (out + 1) % N; count--;
    pthread_cond_signal(&not_full);
  }
  return (void *)(long)sum;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return count;
}
