// racy: counting semaphore initialised to 2 used as a "mutex": both threads can be inside and increment counter.
#include <pthread.h>
#include <semaphore.h>
sem_t lock;
int counter;
void *w(void *a) {
  for (int i = 0; i < 10; i++) {
    sem_wait(&lock);
    counter++;
    sem_post(&lock);
  }
  return 0;
}
int main(void) {
  pthread_t a, b;
  sem_init(&lock, 0, 2);
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return counter;
}
