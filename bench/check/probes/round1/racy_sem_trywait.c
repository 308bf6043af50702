/* TRUTH: racy. sem_trywait's failure is ignored: the second worker enters anyway. */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int count;
void *worker(void *arg) { sem_trywait(&s); count++; sem_post(&s); return NULL; }
int main(void) {
  pthread_t a, b;
  sem_init(&s, 0, 1);
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return count;
}
