/* TRUTH: racy — once is __thread so init runs in each thread: g = 1 (line 5) written by both threads unordered. */
#include <pthread.h>
static __thread pthread_once_t once = PTHREAD_ONCE_INIT;
int g;
static void init(void) { g = 1; }
void *w(void *x) { pthread_once(&once, init); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
