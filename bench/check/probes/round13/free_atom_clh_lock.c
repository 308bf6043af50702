/* race-free: CLH queue lock (exchange on tail, spin acquire on predecessor, release to unlock) guards shared sum */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <assert.h>
struct qnode { atomic_int locked; };
_Atomic(struct qnode *) tail;
int sum;
static struct qnode *lock(struct qnode *me) {
  atomic_store_explicit(&me->locked, 1, memory_order_relaxed);
  struct qnode *pred = atomic_exchange_explicit(&tail, me, memory_order_acq_rel);
  while (atomic_load_explicit(&pred->locked, memory_order_acquire)) ;
  return pred;
}
static void unlock(struct qnode *me) { atomic_store_explicit(&me->locked, 0, memory_order_release); }
void *w(void *p) {
  (void)p;
  struct qnode *me = malloc(sizeof *me);
  if (!me) return NULL;
  for (int i = 0; i < 5; i++) {
    struct qnode *pred = lock(me);
    sum += 1;
    unlock(me);
    me = pred;
  }
  return NULL;
}
int main(void) {
  struct qnode *dummy = malloc(sizeof *dummy);
  if (!dummy) return 1;
  atomic_init(&dummy->locked, 0);
  atomic_init(&tail, dummy);
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(sum == 10);
  return 0;
}
