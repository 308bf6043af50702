/* TRUTH: racy — main's one malloc'd stats object goes to both threads, which both do st->count++ unlocked */
#include <pthread.h>
#include <stdlib.h>
struct stats { int count; int max; };
static void *observe(void *p) { struct stats *st = p; st->count++; return 0; }
int main(void) {
  struct stats *st = calloc(1, sizeof *st);
  if (!st) return 1;
  pthread_t a, b;
  pthread_create(&a, 0, observe, st); pthread_create(&b, 0, observe, st);
  pthread_join(a, 0); pthread_join(b, 0);
  int c = st->count;
  free(st);
  return c;
}
