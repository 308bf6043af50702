// racy: the published pointer refers to a global node that the producer keeps modifying after publication.
#include <pthread.h>
#include <stdatomic.h>
struct node { int a, b; };
struct node gnode;
_Atomic(struct node *) head;
void *prod(void *x) {
  gnode.a = 1;
  atomic_store_explicit(&head, &gnode, memory_order_release);
  gnode.a = 3;
  return 0;
}
void *cons(void *x) {
  struct node *n;
  while (!(n = atomic_load_explicit(&head, memory_order_acquire))) {}
  return (void *)(long)n->a;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
