/* TRUTH: free. main joins the worker through a copy of its handle, then writes `cfg`. */
#include <pthread.h>
int cfg;
void *worker(void *arg) { cfg = 1; return NULL; }
int main(void) {
  pthread_t t, u;
  pthread_create(&t, NULL, worker, NULL);
  u = t;
  pthread_join(u, NULL);
  cfg = 2;
  return cfg;
}
