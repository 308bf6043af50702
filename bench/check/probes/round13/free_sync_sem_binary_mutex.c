/* race-free: semaphore initialized to 1 used as a mutex around updates of shared */
#include <pthread.h>
#include <semaphore.h>
#include <assert.h>
sem_t s;
int shared;
void *w(void *p) { (void)p; for (int i = 0; i < 10; i++) { sem_wait(&s); shared++; sem_post(&s); } return NULL; }
int main(void) {
  sem_init(&s, 0, 1);
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  assert(shared == 30);
  return 0;
}
