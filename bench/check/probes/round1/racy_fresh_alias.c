/* TRUTH: racy. Two locals hold the SAME allocation; each is handed to one thread, both
   write the object. */
#include <pthread.h>
#include <stdlib.h>
void *worker(void *arg) { int *c = arg; (*c)++; return NULL; }
int main(void) {
  int *p = calloc(1, sizeof *p);
  int *q = p;
  pthread_t a, b;
  pthread_create(&a, NULL, worker, p);
  pthread_create(&b, NULL, worker, q);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
