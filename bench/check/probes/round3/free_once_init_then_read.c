/* TRUTH: free. Both threads call pthread_once(init) before reading cfg; init writes cfg. */
#include <pthread.h>
static int cfg;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void init(void) { cfg = 42; }
static int out[2];
static void *w(void *v) { long i = (long)v; pthread_once(&once, init); out[i] = cfg; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, (void *)0);
  pthread_create(&t2, NULL, w, (void *)1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return out[0] + out[1];
}
