/* TRUTH: free — when trylock fails the thread falls back to a blocking lock; log_len is always written under m */
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int log_len;

void *logger(void *arg) {
  if (pthread_mutex_trylock(&m) != 0)
    pthread_mutex_lock(&m);
  log_len += 1;
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
