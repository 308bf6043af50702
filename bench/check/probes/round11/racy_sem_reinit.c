// racy: main posts the binary lock semaphore twice after creating the workers (count up to 3), so both workers can be inside at once.
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
  sem_post(&lock);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return counter;
}
