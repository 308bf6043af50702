/* TRUTH: free. assert(0) (NDEBUG not defined) aborts the worker's path before its write. */
#include <pthread.h>
#include <assert.h>
int g;
void *worker(void *arg) {
  assert(0 && "unreachable");
  g = 1;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  pthread_join(t, NULL);
  return 0;
}
