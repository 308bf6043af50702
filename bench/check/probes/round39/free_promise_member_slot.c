/* TRUTH: free — a heap "promise": main hands the producer `&pr->value` (a member of a fresh allocation) and reads pr->value only after joining the producer. */
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
  pthread_join(p, NULL);
  pr->ready = 1;
  if (pr->value != 55) reach_error();
  free(pr);
  return 0;
}
