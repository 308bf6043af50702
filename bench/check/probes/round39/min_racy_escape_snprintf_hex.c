/* TRUTH: racy — the fresh node's address is formatted with snprintf("%lx", (unsigned long)n) into a global buffer before the create; the reader parses it back with strtoul and reads val while main writes `n->val = 7`. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int val; };
static char msg[32];
static int out;
static void *reader(void *p) {
  (void)p;
  struct node *q = (struct node *)strtoul(msg, 0, 16);
  out = q->val;
  return 0;
}
int main(void) {
  pthread_t t;
  struct node *n = malloc(sizeof *n);
  if (!n) return 1;
  n->val = 1;
  snprintf(msg, sizeof msg, "%lx", (unsigned long)n);
  pthread_create(&t, 0, reader, 0);
  n->val = 7;
  pthread_join(t, 0);
  return out;
}
