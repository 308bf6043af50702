/* TRUTH: racy — main publishes the fresh node by copying the pointer's bytes into `head` (memcpy(&head, &n, ...)) before starting the reader, then writes `n->val = 7` after the create; the reader's `head->val` read races with that write. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
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
  struct node *n = malloc(sizeof *n);
  if (!n) return 1;
  n->val = 1;
  memcpy(&head, &n, sizeof n);
  pthread_create(&t, 0, reader, 0);
  n->val = 7;
  pthread_join(t, 0);
  return out;
}
