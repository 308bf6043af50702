/* TRUTH: racy — the fresh node's address is published as an integer (`addr = (uintptr_t)n`) before the create; main then writes `n->val = 7` while the reader reads `((struct node *)addr)->val`. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
struct node { int val; };
static uintptr_t addr;
static int out;
static void *reader(void *p) {
  (void)p;
  struct node *q = (struct node *)addr;
  out = q->val;
  return 0;
}
int main(void) {
  pthread_t t;
  struct node *n = malloc(sizeof *n);
  if (!n) return 1;
  n->val = 1;
  addr = (uintptr_t)n;
  pthread_create(&t, 0, reader, 0);
  n->val = 7;
  pthread_join(t, 0);
  return out;
}
