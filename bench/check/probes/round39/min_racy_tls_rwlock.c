/* TRUTH: racy — a `__thread` rwlock: each writer write-locks its own copy, so the two `version++` race. */
#include <pthread.h>
static __thread pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int version;
static void *w(void *p) {
  (void)p;
  pthread_rwlock_wrlock(&rw);
  version++;
  pthread_rwlock_unlock(&rw);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return version;
}
