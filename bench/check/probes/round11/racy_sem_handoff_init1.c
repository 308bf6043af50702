// racy: sem initialised to 1, so main's sem_wait returns immediately and reads msg while the worker writes it.
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int msg;
void *w(void *a) { msg = 17; sem_post(&s); return 0; }
int main(void) {
  pthread_t t;
  sem_init(&s, 0, 1);
  pthread_create(&t, 0, w, 0);
  sem_wait(&s);
  int r = msg;
  pthread_join(t, 0);
  return r;
}
