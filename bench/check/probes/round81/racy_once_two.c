/* TRUTH: racy — two different once-controls both running init that writes cfg: init may run twice concurrently */
#include <pthread.h>
static pthread_once_t o1 = PTHREAD_ONCE_INIT, o2 = PTHREAD_ONCE_INIT;
int cfg;
static void init(void) { cfg++; }
void *w(void *p) { pthread_once(&o1, init); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_once(&o2, init);
  pthread_join(t, 0);
  return cfg;
}
