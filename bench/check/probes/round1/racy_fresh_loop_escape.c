/* TRUTH: racy. In the first iteration the fresh object is published and the worker
   started; in the second iteration main writes *p again (textually before the escape)
   while the worker writes *gp. */
#include <pthread.h>
#include <stdlib.h>
int *gp;
void *worker(void *arg) { *gp = 9; return NULL; }
int main(void) {
  pthread_t t;
  int *p = malloc(sizeof *p);
  for (int k = 0; k < 2; k++) {
    *p = k;
    if (k == 0) { gp = p; pthread_create(&t, NULL, worker, NULL); }
  }
  pthread_join(t, NULL);
  return 0;
}
