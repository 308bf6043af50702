/* TRUTH: racy — pthread_cleanup_pop(1) runs the handler's x++ before sem_wait, concurrently with main's x = 12 */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
static void cleanup(void *a) { x++; }
void *t(void *a) {
  pthread_cleanup_push(cleanup, 0);
  pthread_cleanup_pop(1);
  sem_wait(&s);
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 12;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
