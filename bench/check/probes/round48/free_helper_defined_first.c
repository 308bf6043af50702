/* TRUTH: free — bump() is defined textually first but is only called after sem_wait, which pairs with main's post after its write */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
static void bump(void) { x++; }
void *t(void *a) {
  sem_wait(&s);
  bump();
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
