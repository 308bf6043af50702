/* TRUTH: racy — NDEBUG defined, so assert(pthread_join(...)==0) is compiled out; main writes g racing with worker */
#define NDEBUG
#include <assert.h>
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  assert(pthread_join(t, 0) == 0);
  g = 2;
  return g;
}
