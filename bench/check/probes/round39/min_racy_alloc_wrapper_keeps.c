/* TRUTH: racy — the allocator also records the new node in the global `last`; main writes `n->val = 7` after starting the reader, which reads `last->val` (the same node). */
#include <pthread.h>
#include <stdlib.h>
struct node { int val; };
static struct node *last;
static int out;
static struct node *alloc_node(void) {
  struct node *p = malloc(sizeof *p);
  if (p) p->val = 0;
  last = p;
  return p;
}
static void *reader(void *p) { (void)p; out = last->val; return 0; }
int main(void) {
  pthread_t t;
  struct node *n = alloc_node();
  if (!n) return 1;
  pthread_create(&t, 0, reader, 0);
  n->val = 7;
  pthread_join(t, 0);
  return out;
}
