/* TRUTH: free. Treiber stack: the producer fills each node then pushes it with a seq_cst
   CAS; the consumer pops with CAS (acquire) and reads the node's fields. Nodes are never
   freed or reused, so no ABA; node fields are written only before publication. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
_Atomic(struct node *) top;
void *producer(void *arg) {
  for (int i = 1; i <= 3; i++) {
    struct node *n = malloc(sizeof *n);
    n->val = i;
    struct node *old = atomic_load(&top);
    do { n->next = old; } while (!atomic_compare_exchange_weak(&top, &old, n));
  }
  return NULL;
}
void *consumer(void *arg) {
  long sum = 0;
  for (int got = 0; got < 3;) {
    struct node *old = atomic_load(&top);
    if (!old) continue;
    if (atomic_compare_exchange_weak(&top, &old, old->next)) { sum += old->val; got++; }
  }
  return (void *)sum;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
