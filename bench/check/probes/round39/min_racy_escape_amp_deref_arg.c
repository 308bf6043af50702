/* TRUTH: racy — main hands the fresh node to the reader as `&*n` (the same pointer), then writes `n->val = 7` after the create while the reader reads q->val. */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; };
static int out;
static void *reader(void *p) {
  struct node *q = p;
  out = q->val;
  return 0;
}
int main(void) {
  pthread_t t;
  struct node *n = malloc(sizeof *n);
  if (!n) return 1;
  n->val = 1;
  pthread_create(&t, 0, reader, &*n);
  n->val = 7;
  pthread_join(t, 0);
  return out;
}
