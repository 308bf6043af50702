/* TRUTH: racy — producer publishes node via atomic slot then writes n->val; consumer reads n->val after taking the node */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
struct node { int val; };
_Atomic(struct node *) slot;
void *producer(void *arg) {
  struct node *n = malloc(sizeof *n);
  if (!n) return NULL;
  atomic_store(&slot, n);
  n->val = 7; /* too late: already visible */
  return NULL;
}
void *consumer(void *arg) {
  struct node *n;
  while ((n = atomic_exchange(&slot, NULL)) == NULL) ;
  if (n->val != 7) reach_error();
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, producer, NULL);
  pthread_create(&b, NULL, consumer, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
