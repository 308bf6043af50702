/* TRUTH: racy — semaphore initial value taken from global cap (=2): both workers enter the "critical section" together */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int cap = 2;
int x;
void *w(void *a) { sem_wait(&s); x++; sem_post(&s); return 0; }
int main(void) {
  pthread_t t1, t2;
  sem_init(&s, 0, cap);
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
