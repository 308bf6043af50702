/* TRUTH: racy — x++ runs in iteration 0 before the thread's sem_wait, concurrently with main's x = 5 */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *t(void *a) {
  for (int i = 0; i < 2; i++) {
    if (i == 0) x++;
    if (i == 0) sem_wait(&s);
  }
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 5;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
