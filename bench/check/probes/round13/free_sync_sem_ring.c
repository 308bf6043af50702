/* race-free: classic semaphore ring (empty/full counting sems), one producer one consumer; each slot access is ordered by post/wait */
#include <pthread.h>
#include <semaphore.h>
#include <assert.h>
#define SZ 3
int ring[SZ];
sem_t empty, full;
long total;
void *prod(void *p) {
  (void)p;
  for (int i = 0; i < 9; i++) { sem_wait(&empty); ring[i % SZ] = i; sem_post(&full); }
  return NULL;
}
void *cons(void *p) {
  (void)p;
  for (int i = 0; i < 9; i++) { sem_wait(&full); total += ring[i % SZ]; sem_post(&empty); }
  return NULL;
}
int main(void) {
  sem_init(&empty, 0, SZ);
  sem_init(&full, 0, 0);
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(total == 36);
  return 0;
}
