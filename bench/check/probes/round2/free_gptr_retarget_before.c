/* TRUTH: free. gp is re-targeted before the thread starts; the thread writes b through it;
   main reads a (never written by the thread) before joining. */
#include <pthread.h>
int a, b;
int *gp = &a;
void *worker(void *arg) { *gp = 1; return NULL; }
int main(void) {
  pthread_t t;
  gp = &b;
  pthread_create(&t, NULL, worker, NULL);
  int r = a;
  pthread_join(t, NULL);
  return r + b;
}
