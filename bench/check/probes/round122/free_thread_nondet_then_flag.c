/* TRUTH: free — u writes x only after seeing ready (seq_cst atomic) set by main after main wrote x: ordered */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#include <stdatomic.h>
int x;
atomic_int ready;
void *u(void *a) {
  int i = __VERIFIER_nondet_int();
  if (i) return 0;
  if (!atomic_load(&ready)) return 0;
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
