/* TRUTH: free — condition-variable hand-off: the producer writes `result` then sets `done = 1` under m and signals; the consumer waits in `while (!done)` under m, so its read of `result` after seeing done==1 is ordered after the write via m. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
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
