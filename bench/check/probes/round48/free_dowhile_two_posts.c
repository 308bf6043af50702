/* TRUTH: free — the read of x happens in the second do-while iteration, after the first sem_wait; both posts follow main's only write */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s; int out;
void *t(void *a) {
  int k = 0, r = 0;
  do {
    if (k) r += x;
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
