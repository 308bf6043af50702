/* TRUTH: racy — a single sem_trywait may fail, and the thread then writes x anyway, concurrently with main's x = 1 */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *t(void *a) {
  sem_trywait(&s);
  x++;
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 1;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
