/* TRUTH: free — main fills the record, hands it to one thread (create orders it), joins, then reads and frees */
#include <pthread.h>
#include <stdlib.h>
struct rec { int key; int val; };
static void *square(void *p) { struct rec *r = p; r->val = r->key * r->key; return 0; }
int main(void) {
  struct rec *r = malloc(sizeof *r);
  if (!r) return 1;
  r->key = 9;
  pthread_t t;
  pthread_create(&t, 0, square, r);
  pthread_join(t, 0);
  int v = r->val;
  free(r);
  return v != 81;
}
