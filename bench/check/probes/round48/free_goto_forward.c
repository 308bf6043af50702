/* TRUTH: free — control jumps over the x++ to sem_wait first and only jumps back to x++ after the wait */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *t(void *a) {
  goto wait;
use:
  x++;
  return 0;
wait:
  sem_wait(&s);
  goto use;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 4;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
