/* TRUTH: racy. A helper stores the fresh pointer through an out-parameter into a global;
   main and the worker then write the same int. */
#include <pthread.h>
#include <stdlib.h>
int *gp;
static void publish(int **slot, int *x) { *slot = x; }
void *worker(void *arg) { *gp = 2; return NULL; }
int main(void) {
  int *p = malloc(sizeof *p);
  publish(&gp, p);
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  *p = 1;
  pthread_join(t, NULL);
  return 0;
}
