/* TRUTH: free — thread created in pthread_once callback and joined there */
#include <pthread.h>
int g;
static pthread_once_t once = PTHREAD_ONCE_INIT;
void *w(void *a) { g = 1; return 0; }
static void init(void) { pthread_t t; pthread_create(&t, 0, w, 0); pthread_join(t, 0); }
int main(void) {
  pthread_once(&once, init);
  g = 2;
  return g;
}
