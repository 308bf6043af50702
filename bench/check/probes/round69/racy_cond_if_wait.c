/* TRUTH: racy — if instead of while: a spurious wakeup lets the waiter read data before the producer wrote it */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready, data;
void *prod(void *a) {
  data = 42;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, prod, 0);
  pthread_mutex_lock(&m);
  if (!ready) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  printf("%d\n", data);
  pthread_join(t, 0);
  return 0;
}
