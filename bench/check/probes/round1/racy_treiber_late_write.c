/* TRUTH: racy. The producer pushes a node with CAS and only THEN writes its value; the
   consumer may already have popped it and be reading `val`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
_Atomic(struct node *) top;
void *producer(void *arg) {
  struct node *n = malloc(sizeof *n);
  struct node *old = atomic_load(&top);
  do { n->next = old; } while (!atomic_compare_exchange_weak(&top, &old, n));
  n->val = 5;
  return NULL;
}
void *consumer(void *arg) {
  struct node *old;
  do { old = atomic_load(&top); } while (!old);
  return (void *)(long)old->val;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
