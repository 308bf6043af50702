/* TRUTH: racy. timedlock with an absolute time in the past fails at once (ETIMEDOUT) if
   the other thread holds the lock; the result is checked only for the unlock, `stock` is written anyway. */
#include <pthread.h>
#include <time.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int stock;
void *worker(void *arg) {
  struct timespec past = {0, 0};
  int r = pthread_mutex_timedlock(&m, &past);
  stock++;
  if (r == 0) pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return stock;
}
