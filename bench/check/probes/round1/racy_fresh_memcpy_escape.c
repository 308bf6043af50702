/* TRUTH: racy. main's fresh pointer is copied into the global `gp` with memcpy (not an
   assignment); after starting the worker main writes *p while the worker writes *gp:
   the same heap int. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
int *gp;
void *worker(void *arg) { *gp = 2; return NULL; }
int main(void) {
  int *p = malloc(sizeof *p);
  memcpy(&gp, &p, sizeof p);
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  *p = 1;
  pthread_join(t, NULL);
  free(p);
  return 0;
}
