// racy: thread a runs init_cfg via once_a and thread b via once_b; both controls fire, so init_cfg writes config twice concurrently.
#include <pthread.h>
static pthread_once_t once_a = PTHREAD_ONCE_INIT, once_b = PTHREAD_ONCE_INIT;
static int config;
static void init_cfg(void) { config = 42; }
static void *wa(void *a) { pthread_once(&once_a, init_cfg); return 0; }
static void *wb(void *a) { pthread_once(&once_b, init_cfg); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wa, 0);
  pthread_create(&b, 0, wb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return config;
}
