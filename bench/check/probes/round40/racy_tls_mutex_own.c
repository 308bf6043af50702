/* TRUTH: racy — m is __thread: each thread locks its own mutex, so g++ (line 6) in two threads is unordered. */
#include <pthread.h>
static __thread pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *x) {
  pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
