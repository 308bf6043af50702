/* racy: producer posts before writing msg[2], so the consumer's read of msg[2] races with that write */
#include <pthread.h>
#include <semaphore.h>
sem_t ready;
int msg[3];
int got;
void *prod(void *p) { (void)p; msg[0] = 1; msg[1] = 2; sem_post(&ready); msg[2] = 3; return NULL; }
void *cons(void *p) { (void)p; sem_wait(&ready); got = msg[0] + msg[1] + msg[2]; return NULL; }
int main(void) {
  sem_init(&ready, 0, 0);
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return got;
}
