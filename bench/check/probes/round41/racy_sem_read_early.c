/* TRUTH: racy — main reads buf (line 9) BEFORE sem_wait, concurrently with the worker's write buf=99 (line 6). */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int buf;
void *w(void *a) {
  buf = 99; sem_post(&s); return 0; }
int main(void) { pthread_t t; sem_init(&s, 0, 0);
  pthread_create(&t, 0, w, 0);
  int v = buf; sem_wait(&s);
  pthread_join(t, 0); return v; }
