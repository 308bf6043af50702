/* TRUTH: racy. main publishes the fresh object with an atomic store, then writes it
   again; the worker reads it through the global. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
_Atomic(int *) box;
void *reader(void *arg) { int *m; while (!(m = atomic_load(&box))) ; return (void *)(long)*m; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, reader, NULL);
  int *m = malloc(sizeof *m);
  atomic_store(&box, m);
  *m = 2;
  pthread_join(t, NULL);
  return 0;
}
