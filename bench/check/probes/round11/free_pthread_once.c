// free: config is written only by init_cfg, run once via pthread_once; every thread calls pthread_once before reading config.
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int config;
static void init_cfg(void) { config = 42; }
static void *w(void *a) {
  pthread_once(&once, init_cfg);
  return (void *)(long)config;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return config;
}
