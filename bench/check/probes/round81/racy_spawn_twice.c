/* TRUTH: racy — spawn() called twice, creating two instances of w, each doing g++ concurrently */
#include <pthread.h>
int g;
void *w(void *a) { g++; return 0; }
static pthread_t spawn(void) { pthread_t t; pthread_create(&t, 0, w, 0); return t; }
int main(void) {
  pthread_t a = spawn();
  pthread_t b = spawn();
  pthread_join(a, 0); pthread_join(b, 0);
  return g;
}
