/* racy: the semaphore reached through the pointer starts at 2, so both threads can be in shared++ at once */
#include <pthread.h>
#include <semaphore.h>
int shared;
void *w(void *p) { sem_t *s = p; for (int i = 0; i < 5; i++) { sem_wait(s); shared++; sem_post(s); } return NULL; }
int main(void) {
  static sem_t s;
  sem_init(&s, 0, 2);
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, &s);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return shared;
}
