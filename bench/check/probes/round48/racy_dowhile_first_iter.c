/* TRUTH: racy — the first do-while iteration reads x before any sem_wait, concurrently with main's x = 7 */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s; int out;
void *t(void *a) {
  int k = 0, r = 0;
  do {
    r += x;
    k++;
    sem_wait(&s);
  } while (k < 2);
  out = r;
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 7;
  sem_post(&s);
  sem_post(&s);
  pthread_join(th, 0);
  return out;
}
