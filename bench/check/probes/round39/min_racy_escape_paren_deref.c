/* TRUTH: racy — main publishes the fresh node before the create via `head = &(*n);`; after the create main writes `n->val = 7` while the reader reads the same node's val through the published value. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
struct node { int val; };
static struct node *head;
static int out;
static void *reader(void *p) {
  (void)p;
  out = head->val;
  return 0;
}
int main(void) {
  pthread_t t;
  struct node *n = malloc(2 * sizeof *n);
  if (!n) return 1;
  n->val = 1;
  head = &(*n);
  pthread_create(&t, 0, reader, 0);
  n->val = 7;
  pthread_join(t, 0);
  return out;
}
