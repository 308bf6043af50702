// racy: thread a runs init_cfg through pthread_once, but thread b calls init_cfg() directly, so both may write config at once.
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int config;
static void init_cfg(void) { config = 42; }
static void *wa(void *a) { pthread_once(&once, init_cfg); return 0; }
static void *wb(void *a) { init_cfg(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wa, 0);
  pthread_create(&b, 0, wb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return config;
}
