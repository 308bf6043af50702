/* TRUTH: racy — thread created inside pthread_once callback and never joined; main writes g concurrently */
#include <pthread.h>
#include <unistd.h>
int g;
static pthread_once_t once = PTHREAD_ONCE_INIT;
void *w(void *a) { g = 1; return 0; }
static void init(void) { pthread_t t; pthread_create(&t, 0, w, 0); pthread_detach(t); }
int main(void) {
  pthread_once(&once, init);
  g = 2;
  usleep(1000);
  return g;
}
