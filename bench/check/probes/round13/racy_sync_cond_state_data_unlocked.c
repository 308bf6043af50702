/* racy: main writes data = 5 after publishing state=RUN and unlocking, so it races with the worker's data *= 3 under m */
#include <pthread.h>
enum { IDLE, RUN, DONE };
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;
int state = IDLE, data;
void *worker(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  while (state != RUN) pthread_cond_wait(&c, &m);
  data *= 3;
  state = DONE;
  pthread_cond_broadcast(&c);
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  pthread_mutex_lock(&m);
  state = RUN;
  pthread_cond_broadcast(&c);
  pthread_mutex_unlock(&m);
  data = 5;
  pthread_join(t, NULL);
  return data;
}
