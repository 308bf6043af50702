/* TRUTH: racy. Semaphore initialised to 2 admits both workers at once. */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int count;
void *worker(void *arg) { sem_wait(&s); count++; sem_post(&s); return NULL; }
int main(void) {
  pthread_t a, b;
  sem_init(&s, 0, 2);
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return count;
}
