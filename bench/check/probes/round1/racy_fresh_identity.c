/* TRUTH: racy. The fresh pointer is passed through an identity function whose result is
   stored in a global; main and the worker then write the same int. */
#include <pthread.h>
#include <stdlib.h>
int *gp;
static int *same(int *x) { return x; }
void *worker(void *arg) { *gp = 2; return NULL; }
int main(void) {
  int *p = malloc(sizeof *p);
  gp = same(p);
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  *p = 1;
  pthread_join(t, NULL);
  return 0;
}
