/* TRUTH: free — the thread is always started with a NULL arg, so the x++ before sem_wait never executes; the later x-- follows the wait */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *t(void *a) {
  if (a) x++;
  sem_wait(&s);
  x--;
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 3;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
