/* TRUTH: racy — the hand-off mutex is `__thread`: producer and consumer lock different mutexes, so `done = 1` and the consumer's `while (!done)` read race (and so do `result`'s write and read). */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static __thread pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int done;
static int result;
static void *producer(void *arg) {
  (void)arg;
  result = 6 * 7;
  pthread_mutex_lock(&m);
  done = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}
static void *consumer(void *arg) {
  (void)arg;
  pthread_mutex_lock(&m);
  while (!done) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  if (result != 42) reach_error();
  return NULL;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&c, NULL, consumer, NULL);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
