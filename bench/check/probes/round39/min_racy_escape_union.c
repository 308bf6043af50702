/* TRUTH: racy — the fresh pointer escapes through a union member (`pun.p = n; shared_bits = pun.u;`), the reader turns the bits back into a pointer and reads val while main writes `n->val = 7` after the create. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
struct node { int val; };
static uintptr_t shared_bits;
static int out;
static void *reader(void *p) {
  (void)p;
  union { uintptr_t u; struct node *p; } back;
  back.u = shared_bits;
  out = back.p->val;
  return 0;
}
int main(void) {
  pthread_t t;
  union { struct node *p; uintptr_t u; } pun;
  struct node *n = malloc(sizeof *n);
  if (!n) return 1;
  n->val = 1;
  pun.p = n;
  shared_bits = pun.u;
  pthread_create(&t, 0, reader, 0);
  n->val = 7;
  pthread_join(t, 0);
  return out;
}
