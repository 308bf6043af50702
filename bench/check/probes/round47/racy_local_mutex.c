/* TRUTH: racy — each thread initializes and locks its own stack mutex, which excludes nobody; total is effectively unprotected */
#include <pthread.h>
int total;
void *t(void *a) {
  pthread_mutex_t m;
  pthread_mutex_init(&m, 0);
  pthread_mutex_lock(&m);
  total += 1;
  pthread_mutex_unlock(&m);
  pthread_mutex_destroy(&m);
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return total;
}
