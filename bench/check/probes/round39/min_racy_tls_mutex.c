/* TRUTH: racy — the mutex is `__thread`: each thread locks its own copy, so the two `count++` under "m" are not mutually excluded. */
#include <pthread.h>
static __thread pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int count;
static void *w(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  count++;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return count;
}
