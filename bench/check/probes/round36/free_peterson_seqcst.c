/* TRUTH: free — Peterson's lock with seq_cst atomics on flag[]/turn gives mutual exclusion (seq_cst forbids the store-buffering outcome), and its seq_cst accesses order each critical section's plain counter++ (t0/t1) before the next; flag/turn only accessed atomically. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int flag[2];
static atomic_int turn;
static int counter;
static void lock(int me) {
  int other = 1 - me;
  atomic_store(&flag[me], 1);
  atomic_store(&turn, other);
  while (atomic_load(&flag[other]) && atomic_load(&turn) == other) ;
}
static void unlock(int me) { atomic_store(&flag[me], 0); }
static void *t0(void *p) { lock(0); counter++; unlock(0); return 0; }
static void *t1(void *p) { lock(1); counter++; unlock(1); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t0, 0);
  pthread_create(&b, 0, t1, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return counter;
}
