/* TRUTH: racy — bump() runs before sem_wait, so its x++ overlaps main's x = 2 */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
static void bump(void) { x++; }
void *t(void *a) {
  bump();
  sem_wait(&s);
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 2;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
