/* TRUTH: racy. Thread calls bump() under m; main calls bump() directly while the thread runs. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void bump(void) { g++; }
static void *t1f(void *v) { (void)v; pthread_mutex_lock(&m); bump(); pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t t1;
  pthread_create(&t1, NULL, t1f, NULL);
  bump();
  pthread_join(t1, NULL);
  return g;
}
