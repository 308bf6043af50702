// racy: sem_trywait's result is ignored, so a thread enters the section even when the semaphore was taken.
#include <pthread.h>
#include <semaphore.h>
sem_t lock;
int counter;
void *w(void *a) {
  int got = sem_trywait(&lock) == 0;
  counter++;
  if (got) sem_post(&lock);
  return 0;
}
int main(void) {
  pthread_t a, b;
  sem_init(&lock, 0, 1);
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return counter;
}
