/* TRUTH: racy — the once object is `__thread`, so each thread runs `init` itself: the two `config = 42` writes (and each thread's read vs the other's write) race. */
#include <pthread.h>
static __thread pthread_once_t once = PTHREAD_ONCE_INIT;
static int config;
static int out[2];
static void init(void) { config = 42; }
static void *w(void *p) {
  long id = (long)p;
  pthread_once(&once, init);
  out[id] = config;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, (void *)0);
  pthread_create(&b, 0, w, (void *)1);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
