/* TRUTH: free. abort() never returns: the worker's write to `g` is unreachable. */
#include <pthread.h>
#include <stdlib.h>
int g;
void *worker(void *arg) {
  abort();
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
