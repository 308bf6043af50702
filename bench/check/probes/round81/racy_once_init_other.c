/* TRUTH: racy — pthread_once init writes cfg; main writes cfg directly (not through once) while worker may run init */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
int cfg;
static void init(void) { cfg = 1; }
void *w(void *p) { pthread_once(&once, init); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  cfg = 2;
  pthread_join(t, 0);
  return cfg;
}
