/* TRUTH: racy — semaphore s starts at 2, so both threads pass sem_wait at once and both do stock-- concurrently */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int stock = 100;
void *w(void *a) { sem_wait(&s); stock--; sem_post(&s); return 0; }
int main(void) {
  sem_init(&s, 0, 2);
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return stock;
}
