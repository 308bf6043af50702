/* TRUTH: racy. Producer writes data after signalling and unlocking; consumer reads data after
   its wait loop. */
#include <pthread.h>
static int data, ready;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *prod(void *v) {
  (void)v;
  pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m);
  data = 9;
  return NULL;
}
static void *cons(void *v) {
  (void)v;
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  return (void *)(long)data;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, prod, NULL);
  pthread_create(&t2, NULL, cons, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
