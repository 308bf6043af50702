/* TRUTH: free — u writes x only when it read ready == 1 (seq_cst), which main stores after writing x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#include <stdatomic.h>
int x;
atomic_int ready;
void *u(void *a) {
  if (__VERIFIER_nondet_int() || !atomic_load(&ready)) return 0;
  x = 1;
  return 0;
}
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, u, 0);
  x = 2;
  atomic_store(&ready, 1);
  pthread_join(id, 0);
  return 0;
}
