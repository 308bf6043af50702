/* TRUTH: racy. The fresh pointer escapes as an integer (uintptr_t global); the worker
   turns it back into a pointer and writes the same int main writes. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
uintptr_t addr;
void *worker(void *arg) { int *q = (int *)addr; *q = 2; return NULL; }
int main(void) {
  int *p = malloc(sizeof *p);
  addr = (uintptr_t)p;
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  *p = 1;
  pthread_join(t, NULL);
  return 0;
}
