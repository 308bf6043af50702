// racy: the semaphore's initial value comes from a variable set to 2, so it admits two threads.
#include <pthread.h>
#include <semaphore.h>
sem_t lock;
int counter;
unsigned init_val = 2;
void *w(void *a) {
  sem_wait(&lock);
  counter++;
  sem_post(&lock);
  return 0;
}
int main(void) {
  pthread_t a, b;
  sem_init(&lock, 0, init_val);
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return counter;
}
