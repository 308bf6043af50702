/* TRUTH: free — classic bounded buffer: each slot read happens after sem_wait(full) matching the producer's post after its write, and slot reuse waits on empty posted after the read */
#include <pthread.h>
#include <semaphore.h>
#define K 2
#define N 6
int buf[K]; sem_t full, empty; long sum;
void *prod(void *a) {
  for (int i = 0; i < N; i++) {
    if (i >= K) sem_wait(&empty);
    buf[i % K] = i;
    sem_post(&full);
  }
  return 0;
}
void *cons(void *a) {
  for (int i = 0; ; i++) {
    if (i) { sum += buf[(i - 1) % K]; sem_post(&empty); }
    if (i == N) break;
    sem_wait(&full);
  }
  return 0;
}
int main(void) {
  pthread_t p, c;
  sem_init(&full, 0, 0); sem_init(&empty, 0, 0);
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return (int)sum;
}
