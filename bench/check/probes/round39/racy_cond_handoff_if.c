/* TRUTH: racy — `if` instead of `while`: pthread_cond_wait may wake spuriously (POSIX), the consumer then unlocks with done==0 and reads `result` while the producer writes `result = 6 * 7` outside the lock. */
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
  if (!done) pthread_cond_wait(&cv, &m);
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
