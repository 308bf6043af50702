/* TRUTH: racy — the mutex guarding the hand-off flag is `__thread`: producer and consumer lock different mutexes, so `done` is written and read with no common lock (race on `done`, and on `result`). */
#include <pthread.h>
static __thread pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int done;
static int result;
static void *producer(void *p) {
  (void)p;
  result = 42;
  pthread_mutex_lock(&m);
  done = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return 0;
}
static void *consumer(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  while (!done) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  return (void *)(long)result;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&b, 0, consumer, 0);
  pthread_create(&a, 0, producer, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
