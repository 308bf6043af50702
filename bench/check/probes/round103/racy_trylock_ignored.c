/* TRUTH: racy — the result of pthread_mutex_trylock is ignored; when it fails the thread writes 'log_len' without the lock */
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int log_len;

void *logger(void *arg) {
  int got = pthread_mutex_trylock(&m);
  log_len += 1;
  if (got == 0)
    pthread_mutex_unlock(&m);
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, logger, 0);
  pthread_create(&b, 0, logger, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return log_len;
}
