/* TRUTH: racy — all workers are created before main waits, so their x++ run concurrently */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *w(void *a) { x++; sem_post(&s); return 0; }
int main(void) {
  pthread_t t[2]; sem_init(&s, 0, 0);
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, w, 0);
  for (int i = 0; i < 2; i++) sem_wait(&s);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return x;
}
