/* racy: producer stores into slot before taking the lock; consumer reads slot under the lock concurrently */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int slot, full;
long got;
void *prod(void *p) {
  (void)p;
  for (int i = 1; i <= 5; i++) {
    slot = i;
    pthread_mutex_lock(&m);
    while (full) pthread_cond_wait(&cv, &m);
    full = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
  }
  return NULL;
}
void *cons(void *p) {
  (void)p;
  for (int i = 1; i <= 5; i++) {
    pthread_mutex_lock(&m);
    while (!full) pthread_cond_wait(&cv, &m);
    got += slot; full = 0;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
  }
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
