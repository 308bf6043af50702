/* TRUTH: racy. p points at g[2]; the worker writes p[1], which is g[3]; main writes
   g[3] at the same time. */
#include <pthread.h>
int g[6];
void *worker(void *arg) {
  int *p = arg;
  p[1] = 5;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, &g[2]);
  g[3] = 9;
  pthread_join(t, NULL);
  return g[3];
}
