/* TRUTH: racy — each worker locks its own stack-local mutex (via lk/ulk wrappers), which excludes nobody; both workers write served++ concurrently */
#include <pthread.h>
static int served;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ulk(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *worker(void *p) {
  (void)p;
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  lk(&m); served++; ulk(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0); pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return served;
}
