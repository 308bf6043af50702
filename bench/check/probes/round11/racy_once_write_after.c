// racy: after pthread_once, each thread also writes config (outside the once routine), racing with the other thread's read/write.
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int config;
static void init_cfg(void) { config = 42; }
static void *w(void *a) {
  pthread_once(&once, init_cfg);
  config = config + 1;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return config;
}
