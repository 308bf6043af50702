// racy: thread b reads config without calling pthread_once, so it can read while thread a's init_cfg writes it.
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int config;
static void init_cfg(void) { config = 42; }
static void *wa(void *a) {
  pthread_once(&once, init_cfg);
  return (void *)(long)config;
}
static void *wb(void *a) { return (void *)(long)config; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wa, 0);
  pthread_create(&b, 0, wb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return config;
}
