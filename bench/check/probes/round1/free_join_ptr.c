/* TRUTH: free. main joins through a pointer to the handle before writing `cfg`. */
#include <pthread.h>
int cfg;
void *worker(void *arg) { cfg = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_t *tp = &t;
  pthread_create(tp, NULL, worker, NULL);
  pthread_join(*tp, NULL);
  cfg = 2;
  return cfg;
}
