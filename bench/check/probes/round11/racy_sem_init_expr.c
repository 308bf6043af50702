// racy: semaphore used as a lock is initialised to NSLOTS-1 == 2, so two threads can be in the section at once.
#include <pthread.h>
#include <semaphore.h>
#define NSLOTS 3
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
  sem_init(&lock, 0, NSLOTS - 1);
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return counter;
}
