/* race-free: producer writes msg then sem_post; consumer sem_waits before reading (post happens-before the matching wait return) */
#include <pthread.h>
#include <semaphore.h>
#include <assert.h>
sem_t ready;
int msg[3];
void *prod(void *p) { (void)p; msg[0] = 1; msg[1] = 2; msg[2] = 3; sem_post(&ready); return NULL; }
void *cons(void *p) { (void)p; sem_wait(&ready); assert(msg[0] + msg[1] + msg[2] == 6); msg[0] = 0; return NULL; }
int main(void) {
  sem_init(&ready, 0, 0);
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
