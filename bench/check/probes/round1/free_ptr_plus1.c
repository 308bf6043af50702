/* TRUTH: free. The worker writes p[1] = g[3]; main writes g[4], a different element. */
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
  g[4] = 9;
  pthread_join(t, NULL);
  return g[3];
}
