/* TRUTH: free — rand() never returns a negative value, so the first bump() is dead; the executed bump() follows sem_wait on main's post made after main's write */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
int x; sem_t s;
static void bump(void) { x++; }
void *t(void *a) {
  if (rand() < 0) bump();
  sem_wait(&s);
  bump();
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
