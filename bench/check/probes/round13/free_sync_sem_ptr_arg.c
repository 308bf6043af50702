/* race-free: the thread gets a pointer to a binary semaphore used as a mutex around shared++ */
#include <pthread.h>
#include <semaphore.h>
#include <assert.h>
int shared;
void *w(void *p) { sem_t *s = p; for (int i = 0; i < 5; i++) { sem_wait(s); shared++; sem_post(s); } return NULL; }
int main(void) {
  static sem_t s;
  sem_init(&s, 0, 1);
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, &s);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  assert(shared == 10);
  return 0;
}
