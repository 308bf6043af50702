/* TRUTH: free. Peterson's lock with seq_cst atomics (flag[], turn) protects `shared`. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag[2];
atomic_int turn;
int shared;
static void lock(int me) {
  int other = 1 - me;
  atomic_store(&flag[me], 1);
  atomic_store(&turn, other);
  while (atomic_load(&flag[other]) && atomic_load(&turn) == other) ;
}
static void unlock(int me) { atomic_store(&flag[me], 0); }
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
