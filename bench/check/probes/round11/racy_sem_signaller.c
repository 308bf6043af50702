// racy: binary semaphore init 1 used as a lock by two workers, but a third thread posts it without waiting, letting both workers in.
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
void *signaller(void *a) { sem_post(&lock); return 0; }
int main(void) {
  pthread_t a, b, s;
  sem_init(&lock, 0, 1);
  pthread_create(&s, 0, signaller, 0);
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  pthread_join(s, 0);
  return counter;
}
