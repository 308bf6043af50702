/* TRUTH: racy. Peterson's lock with relaxed atomics: no happens-before between the two
   critical sections (and store-load reordering allows both to enter), so the plain
   `shared++` accesses race. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag[2];
atomic_int turn;
int shared;
static void lock(int me) {
  int other = 1 - me;
  atomic_store_explicit(&flag[me], 1, memory_order_relaxed);
  atomic_store_explicit(&turn, other, memory_order_relaxed);
  while (atomic_load_explicit(&flag[other], memory_order_relaxed) &&
         atomic_load_explicit(&turn, memory_order_relaxed) == other) ;
}
static void unlock(int me) { atomic_store_explicit(&flag[me], 0, memory_order_relaxed); }
void *t0(void *arg) { lock(0); shared++; unlock(0); return NULL; }
void *t1(void *arg) { lock(1); shared++; unlock(1); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t0, NULL);
  pthread_create(&b, NULL, t1, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return shared;
}
