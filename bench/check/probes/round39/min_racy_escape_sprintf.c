/* TRUTH: racy — the fresh pointer escapes as text: sprintf(msg, "%p", n) before the create, the reader sscanf's it back and reads val while main writes `n->val = 7`. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int val; };
static char msg[64];
static int out;
static void *reader(void *p) {
  (void)p;
  void *q = 0;
  sscanf(msg, "%p", &q);
  out = ((struct node *)q)->val;
  return 0;
}
int main(void) {
  pthread_t t;
  struct node *n = malloc(sizeof *n);
  if (!n) return 1;
  n->val = 1;
  sprintf(msg, "%p", (void *)n);
  pthread_create(&t, 0, reader, 0);
  n->val = 7;
  pthread_join(t, 0);
  return out;
}
