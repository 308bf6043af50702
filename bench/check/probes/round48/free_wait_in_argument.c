/* TRUTH: free — waited() (sem_wait) is evaluated as the argument before consume() runs, so consume's x write follows the wait */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
static void consume(int k) { x += k; }
static int waited(void) { sem_wait(&s); return 1; }
void *t(void *a) {
  consume(waited());
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 50;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
