/* TRUTH: racy. launch() gives each thread its own fresh box, but every box points at the
   same global counter, which both threads increment without a lock. */
#include <pthread.h>
#include <stdlib.h>
int counter;
struct box { int *cnt; int mine; };
void *worker(void *arg) { struct box *b = arg; b->mine = 1; (*b->cnt)++; return NULL; }
static void launch(pthread_t *t) {
  struct box *b = malloc(sizeof *b);
  if (!b) exit(1);
  b->cnt = &counter;
  pthread_create(t, NULL, worker, b);
}
int main(void) {
  pthread_t t1, t2;
  launch(&t1); launch(&t2);
  pthread_join(t1, NULL); pthread_join(t2, NULL);
  return counter;
}
