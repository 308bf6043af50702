/* TRUTH: racy — the thread releases the mutex before writing x, so its write is unprotected against main's locked write */
#include <pthread.h>
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) { pthread_mutex_lock(&m); pthread_mutex_unlock(&m); x = 1; return 0; }
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, t, 0);
  pthread_mutex_lock(&m); x = 2; pthread_mutex_unlock(&m);
  pthread_join(a, 0);
  return x;
}
