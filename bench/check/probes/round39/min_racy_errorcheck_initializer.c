/* TRUTH: racy — `e` is an error-checking mutex (GNU static initializer): the second lock fails with EDEADLK, so the single unlock frees it and `x++` runs unprotected in both threads. (A recursive mutex r also exists in the program.) */
#define _GNU_SOURCE
#include <pthread.h>
static pthread_mutex_t e = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
static pthread_mutex_t r;
static int x, y;
static void *w(void *p) {
  (void)p;
  pthread_mutex_lock(&e);
  pthread_mutex_lock(&e);
  pthread_mutex_unlock(&e);
  x++;
  pthread_mutex_unlock(&e);
  pthread_mutex_lock(&r);
  y++;
  pthread_mutex_unlock(&r);
  return 0;
}
int main(void) {
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&r, &at);
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x + y;
}
