/* TRUTH: racy — each thread uses its own element onces[id] of an array of once objects, so `init` (writing `config`) can run in both threads at once. */
#include <pthread.h>
static pthread_once_t onces[2] = {PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT};
static int config;
static int out[2];
static void init(void) { config = 42; }
static void *w(void *p) {
  long id = (long)p;
  pthread_once(&onces[id], init);
  out[id] = config;
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, (void *)0);
  pthread_create(&y, 0, w, (void *)1);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
