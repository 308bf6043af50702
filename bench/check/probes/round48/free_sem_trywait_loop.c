/* TRUTH: free — the thread spins on sem_trywait until it succeeds, i.e. until main's post after its write */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *t(void *a) {
  while (sem_trywait(&s) != 0) ;
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
