/* TRUTH: racy. Two producers share `in` with no mutex: both can pass sem_wait(&empty)
   (N = 4 slots) and update in at once. */
#include <pthread.h>
#include <semaphore.h>
#define N 4
int ring[N]; int in, out;
sem_t empty, full;
void *producer(void *arg) {
  for (int i = 0; i < 2; i++) { sem_wait(&empty); ring[in] = i; in = (in + 1) % N; sem_post(&full); }
  return NULL;
}
int main(void) {
  pthread_t p1, p2;
  sem_init(&empty, 0, N); sem_init(&full, 0, 0);
  pthread_create(&p1, NULL, producer, NULL);
  pthread_create(&p2, NULL, producer, NULL);
  pthread_join(p1, NULL);
  pthread_join(p2, NULL);
  return in;
}
