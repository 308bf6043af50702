// racy: both semaphores initialised to 1, so ping and pong can run their first ball++ at the same time.
#include <pthread.h>
#include <semaphore.h>
sem_t sping, spong;
int ball;
void *ping(void *a) {
  for (int i = 0; i < 3; i++) { sem_wait(&sping); ball++; sem_post(&spong); }
  return 0;
}
void *pong(void *a) {
  for (int i = 0; i < 3; i++) { sem_wait(&spong); ball++; sem_post(&sping); }
  return 0;
}
int main(void) {
  pthread_t a, b;
  sem_init(&sping, 0, 1);
  sem_init(&spong, 0, 1);
  pthread_create(&a, 0, ping, 0);
  pthread_create(&b, 0, pong, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return ball;
}
