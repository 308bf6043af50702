/* TRUTH: racy — worker posts before writing data */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int data;
void *w(void *a) { sem_post(&s); data = 7; return 0; }
int main(void) {
  pthread_t t;
  sem_init(&s, 0, 0);
  pthread_create(&t, 0, w, 0);
  sem_wait(&s);
  int v = data;
  pthread_join(t, 0);
  return v;
}
