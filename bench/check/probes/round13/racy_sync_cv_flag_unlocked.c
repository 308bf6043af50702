/* racy: ready is set without holding m and the consumer polls it under m: plain write vs read under a lock only one side holds */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready;
void *prod(void *p) { (void)p; ready = 1; pthread_cond_signal(&cv); return NULL; }
void *cons(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&b, NULL, cons, NULL);
  pthread_create(&a, NULL, prod, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
