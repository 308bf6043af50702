/* TRUTH: free. One producer, one consumer; semaphores empty/full order slot accesses
   (sem_post/sem_wait synchronize); in is only the producer's, out only the consumer's. */
#include <pthread.h>
#include <semaphore.h>
#define N 4
int ring[N]; int in, out;
sem_t empty, full;
void *producer(void *arg) {
  for (int i = 0; i < 10; i++) { sem_wait(&empty); ring[in] = i; in = (in + 1) % N; sem_post(&full); }
  return NULL;
}
void *consumer(void *arg) {
  int s = 0;
  for (int i = 0; i < 10; i++) { sem_wait(&full); s += ring[out]; out = (out + 1) % N; sem_post(&empty); }
  return (void *)(long)s;
}
int main(void) {
  pthread_t p, c;
  sem_init(&empty, 0, N); sem_init(&full, 0, 0);
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
