// racy: after acquiring the node, two consumers both write n->a concurrently.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct node { int a, b; };
_Atomic(struct node *) head;
void *prod(void *x) {
  struct node *n = malloc(sizeof *n);
  if (!n) return 0;
  n->a = 1;
  n->b = 2;
  atomic_store_explicit(&head, n, memory_order_release);
  return 0;
}
void *cons(void *x) {
  struct node *n;
  while (!(n = atomic_load_explicit(&head, memory_order_acquire))) {}
  n->a = n->a + 1;
  return 0;
}
int main(void) {
  pthread_t p, c1, c2;
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c1, 0, cons, 0);
  pthread_create(&c2, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c1, 0);
  pthread_join(c2, 0);
  free(atomic_load(&head));
  return 0;
}
