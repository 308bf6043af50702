/* TRUTH: racy — the producer never waits for free slots, so its write of item 2 into buf[0] can overlap the consumer's read of item 0 */
#include <pthread.h>
#include <semaphore.h>
#define K 2
#define N 6
int buf[K]; sem_t full; long sum;
void *prod(void *a) {
  for (int i = 0; i < N; i++) {
    buf[i % K] = i;
    sem_post(&full);
  }
  return 0;
}
void *cons(void *a) {
  for (int i = 0; i < N; i++) {
    sem_wait(&full);
    sum += buf[i % K];
  }
  return 0;
}
int main(void) {
  pthread_t p, c;
  sem_init(&full, 0, 0);
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return (int)sum;
}
