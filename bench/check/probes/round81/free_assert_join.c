/* TRUTH: free — NDEBUG not defined, so assert evaluates pthread_join before main writes g */
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
