/* TRUTH: racy — main's single malloc'd cell is passed to both threads, which both write *cell with no lock */
#include <pthread.h>
#include <stdlib.h>
static void *stamp(void *p) { int *cell = p; *cell = *cell + 1; return 0; }
int main(void) {
  int *cell = malloc(sizeof *cell);
  if (!cell) return 1;
  *cell = 0;
  pthread_t a, b;
  pthread_create(&a, 0, stamp, cell); pthread_create(&b, 0, stamp, cell);
  pthread_join(a, 0); pthread_join(b, 0);
  free(cell);
  return 0;
}
