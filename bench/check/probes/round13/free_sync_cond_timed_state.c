/* race-free: state machine (IDLE->RUN->DONE) where every read/write of state and data holds m */
#include <pthread.h>
#include <assert.h>
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
  data = 5;
  state = RUN;
  pthread_cond_broadcast(&c);
  while (state != DONE) pthread_cond_wait(&c, &m);
  assert(data == 15);
  pthread_mutex_unlock(&m);
  pthread_join(t, NULL);
  return 0;
}
