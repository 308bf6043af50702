/* TRUTH: free. The worker returns before touching `g` (dead code after return). */
#include <pthread.h>
int g;
void *worker(void *arg) {
  return NULL;
  g = 1;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  pthread_join(t, NULL);
  return 0;
}
