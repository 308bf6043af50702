/* TRUTH: racy — main publishes the fresh node before the create via `struct holder h = {n}; box = h;`; after the create main writes `n->val = 7` while the reader reads the same node's val through the published value. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
struct node { int val; };
struct holder { struct node *p; }; static struct holder box;
static int out;

static void *reader(void *p) {
  (void)p;
  out = box.p->val;
  return 0;
}
int main(void) {
  pthread_t t;
  struct node *n = malloc(2 * sizeof *n);
  if (!n) return 1;
  n->val = 1;
  struct holder h = {n}; box = h;
  pthread_create(&t, 0, reader, 0);
  n->val = 7;
  pthread_join(t, 0);
  return out;
}
