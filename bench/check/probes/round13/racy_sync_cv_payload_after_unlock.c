/* racy: producer writes payload[3] after signalling and unlocking, consumer reads it after seeing ready */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready;
double payload[4];
double got;
void *prod(void *p) {
  (void)p;
  for (int i = 0; i < 3; i++) payload[i] = i * 0.5;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  payload[3] = 1.5;
  return NULL;
}
void *cons(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  got = payload[3];
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return (int)got;
}
