/* TRUTH: racy — thread fb declares a function-static `m` that shadows the global mutex `m`: fa locks the global, fb its own, and their `count++` race. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int count;
static void *fa(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  count++;
  pthread_mutex_unlock(&m);
  return 0;
}
static void *fb(void *p) {
  (void)p;
  static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&m);
  count++;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, fa, 0);
  pthread_create(&b, 0, fb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return count;
}
