/* racy: the semaphore starts at 2, admitting two threads at once into the shared++ section */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int shared;
void *w(void *p) { (void)p; for (int i = 0; i < 10; i++) { sem_wait(&s); shared++; sem_post(&s); } return NULL; }
int main(void) {
  sem_init(&s, 0, 2);
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return shared;
}
