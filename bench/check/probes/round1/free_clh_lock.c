/* TRUTH: free. CLH queue lock: each thread swaps its node into `tail`, spins on the
   predecessor's `locked` flag, releases by clearing its own flag. Nodes are per-thread
   heap objects that are never freed while in use (leaked at exit). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct qnode { atomic_int locked; };
struct qnode init_node;          /* locked == 0 */
_Atomic(struct qnode *) tail = &init_node;
int shared;
void *worker(void *arg) {
  struct qnode *me = malloc(sizeof *me);
  atomic_store(&me->locked, 1);
  struct qnode *pred = atomic_exchange(&tail, me);
  while (atomic_load(&pred->locked)) ;
  shared++;                                   /* critical section */
  atomic_store(&me->locked, 0);
  return NULL;
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return shared;
}
