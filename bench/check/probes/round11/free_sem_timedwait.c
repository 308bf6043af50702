// free: main loops on sem_timedwait until it succeeds, after the worker wrote msg and posted.
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
sem_t s;
int msg;
void *w(void *a) { msg = 5; sem_post(&s); return 0; }
int main(void) {
  pthread_t t;
  struct timespec ts;
  sem_init(&s, 0, 0);
  pthread_create(&t, 0, w, 0);
  do {
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 1;
  } while (sem_timedwait(&s, &ts) != 0);
  int r = msg;
  pthread_join(t, 0);
  return r;
}
