// free: producer fills a malloc'd node then publishes its pointer with a release store; consumer acquires the pointer and reads the node.
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
  return (void *)(long)(n->a + n->b);
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  free(atomic_load(&head));
  return 0;
}
