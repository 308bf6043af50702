/* TRUTH: racy — thread started inside helper spawn(); worker writes g, main writes g before joining */
#include <pthread.h>
int g;
static pthread_t th;
void *w(void *a) { g = 1; return 0; }
static void spawn(void) { pthread_create(&th, 0, w, 0); }
static void finish(void) { pthread_join(th, 0); }
int main(void) {
  spawn();
  g = 2;
  finish();
  return g;
}
