// racy: binary semaphore init 1 but main posts once more after creating the threads, so two threads may enter.
#include <pthread.h>
#include <semaphore.h>
sem_t lock;
int counter;
void *w(void *a) {
  sem_wait(&lock);
  counter++;
  sem_post(&lock);
  return 0;
}
int main(void) {
  pthread_t a, b;
  sem_init(&lock, 0, 1);
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  sem_post(&lock);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return counter;
}
