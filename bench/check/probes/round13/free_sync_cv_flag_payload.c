/* race-free: producer writes payload (outside the lock) before setting ready under m; consumer waits for ready under m then reads payload */
#include <pthread.h>
#include <assert.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready;
double payload[4];
void *prod(void *p) {
  (void)p;
  for (int i = 0; i < 4; i++) payload[i] = i * 0.5;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}
void *cons(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  while (!ready) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  assert(payload[3] == 1.5);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
