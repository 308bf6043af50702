// racy: binary semaphore init 1, but the worker posts twice on exit; the count becomes 2 and the other two workers can both enter.
#include <pthread.h>
#include <semaphore.h>
sem_t lock;
int counter;
void *w(void *a) {
  sem_wait(&lock);
  counter++;
  sem_post(&lock);
  sem_post(&lock);
  return 0;
}
int main(void) {
  pthread_t th[3];
  sem_init(&lock, 0, 1);
  for (int i = 0; i < 3; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
  return counter;
}
