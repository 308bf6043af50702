/* TRUTH: racy — semaphore initialized to 1, so main's sem_wait returns immediately without waiting for worker's post; main reads data racing with worker's write */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int data;
void *w(void *a) { data = 7; sem_post(&s); return 0; }
int main(void) {
  pthread_t t;
  sem_init(&s, 0, 1);
  pthread_create(&t, 0, w, 0);
  sem_wait(&s);
  int v = data;
  pthread_join(t, 0);
  return v;
}
