/* TRUTH: racy — semaphore initialized to 2 used as a lock: both workers enter and increment x concurrently */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int x;
void *w(void *a) { sem_wait(&s); x++; sem_post(&s); return 0; }
int main(void) {
  pthread_t t1, t2;
  sem_init(&s, 0, 2);
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
