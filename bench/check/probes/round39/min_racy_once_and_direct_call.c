/* TRUTH: racy — thread a runs init through pthread_once, thread b calls init() directly: the two `config = 42` writes (and a's read vs b's write) are unordered. */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int config;
static int out;
static void init(void) { config = 42; }
static void *a(void *p) { (void)p; pthread_once(&once, init); out = config; return 0; }
static void *b(void *p) { (void)p; init(); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return out;
}
