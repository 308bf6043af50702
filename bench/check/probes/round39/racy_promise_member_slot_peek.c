/* TRUTH: racy — main peeks at pr->value (a member of the fresh promise whose address `&pr->value` it handed to the producer) before joining: the read races with the producer's `*slot = v`. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
struct promise { int ready; long value; };
static void *producer(void *arg) {
  long *slot = arg;
  long v = 0;
  for (int i = 1; i <= 10; i++) v += i;
  *slot = v;
  return NULL;
}
int main(void) {
  pthread_t p;
  struct promise *pr = malloc(sizeof *pr);
  if (!pr) return 1;
  pr->ready = 0;
  pr->value = -1;
  pthread_create(&p, NULL, producer, &pr->value);
  if (pr->value == 55) pr->ready = 1;
  pthread_join(p, NULL);
  free(pr);
  return 0;
}
