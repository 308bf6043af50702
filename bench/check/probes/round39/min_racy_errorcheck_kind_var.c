/* TRUTH: racy — the mutex kind is chosen through a variable holding PTHREAD_MUTEX_ERRORCHECK: the relock fails (EDEADLK), the one unlock frees m, and `x++` is unprotected in both threads. */
#include <pthread.h>
static pthread_mutex_t m;
static int x;
static void *w(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  pthread_mutex_lock(&m);
  pthread_mutex_unlock(&m);
  x++;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  int kinds[2] = {PTHREAD_MUTEX_RECURSIVE, PTHREAD_MUTEX_ERRORCHECK};
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, kinds[1]);
  pthread_mutex_init(&m, &at);
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
