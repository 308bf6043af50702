/* racy: empty starts at SZ+1, so the producer can overwrite slot 0 while the consumer is still reading it */
#include <pthread.h>
#include <semaphore.h>
#define SZ 3
int ring[SZ];
sem_t empty, full;
long total;
void *prod(void *p) {
  (void)p;
  for (int i = 0; i < 9; i++) { sem_wait(&empty); ring[i % SZ] = i; sem_post(&full); }
  return NULL;
}
void *cons(void *p) {
  (void)p;
  for (int i = 0; i < 9; i++) { sem_wait(&full); total += ring[i % SZ]; sem_post(&empty); }
  return NULL;
}
int main(void) {
  sem_init(&empty, 0, SZ + 1);
  sem_init(&full, 0, 0);
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return (int)total;
}
