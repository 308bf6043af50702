/* TRUTH: racy — the 'mutex' semaphore is initialized to 2, so both threads can be inside the critical section at once */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int shared;
void *t(void *a) {
  sem_wait(&s);
  shared = shared + 1;
  sem_post(&s);
  return 0;
}
int main(void) {
  pthread_t x, y;
  sem_init(&s, 0, 2);
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return shared;
}
