/* TRUTH: racy. Producer sets ready without holding m; consumer reads ready under m. */
#include <pthread.h>
static int ready;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *prod(void *v) { (void)v; ready = 1; pthread_cond_signal(&cv); return NULL; }
static void *cons(void *v) {
  (void)v;
  struct timespec ts = { 0, 1000000 };
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_timedwait(&cv, &m, &ts);
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, prod, NULL);
  pthread_create(&t2, NULL, cons, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
