/* TRUTH: racy — the thread is started with a non-null arg, so it jumps past sem_wait and does x++ concurrently with main's x = 4 */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *t(void *a) {
  if (a) goto use;
  sem_wait(&s);
use:
  x++;
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, (void *)1);
  x = 4;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
