/* racy: waiter links itself behind pred but does not spin on locked, entering while pred holds the lock */
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
struct mcs { _Atomic(struct mcs *) next; atomic_int locked; };
_Atomic(struct mcs *) tail;
long total;
static void lock(struct mcs *me) {
  atomic_store_explicit(&me->next, NULL, memory_order_relaxed);
  atomic_store_explicit(&me->locked, 1, memory_order_relaxed);
  struct mcs *pred = atomic_exchange_explicit(&tail, me, memory_order_acq_rel);
  if (pred) {
    atomic_store_explicit(&pred->next, me, memory_order_release);
  }
}
static void unlock(struct mcs *me) {
  struct mcs *succ = atomic_load_explicit(&me->next, memory_order_acquire);
  if (!succ) {
    struct mcs *exp = me;
    if (atomic_compare_exchange_strong_explicit(&tail, &exp, NULL, memory_order_acq_rel, memory_order_acquire)) return;
    while (!(succ = atomic_load_explicit(&me->next, memory_order_acquire))) ;
  }
  atomic_store_explicit(&succ->locked, 0, memory_order_release);
}
void *w(void *p) {
  (void)p;
  struct mcs node;
  for (int i = 0; i < 10; i++) { lock(&node); total++; unlock(&node); }
  return NULL;
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return (int)total;
}
