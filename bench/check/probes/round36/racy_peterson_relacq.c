/* TRUTH: racy — Peterson with release stores and acquire loads: each thread's load of flag[other] may read the initial 0 (store buffering is allowed without seq_cst), so both threads can be in the critical section at once: t0's counter++ and t1's counter++ race. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int flag[2];
static atomic_int turn;
static int counter;
static void lock(int me) {
  int other = 1 - me;
  atomic_store_explicit(&flag[me], 1, memory_order_release);
  atomic_store_explicit(&turn, other, memory_order_release);
  while (atomic_load_explicit(&flag[other], memory_order_acquire) && atomic_load_explicit(&turn, memory_order_acquire) == other) ;
}
static void unlock(int me) { atomic_store_explicit(&flag[me], 0, memory_order_release); }
static void *t0(void *p) { lock(0); counter++; unlock(0); return 0; }
static void *t1(void *p) { lock(1); counter++; unlock(1); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t0, 0);
  pthread_create(&b, 0, t1, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return counter;
}
