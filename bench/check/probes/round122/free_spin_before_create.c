/* TRUTH: free — x++ needs i != 0, but with i != 0 main spins forever on a local volatile 0 before it; t is the only other writer */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  if (i) { volatile int k = 0; while (!k) ; }
  pthread_create(&id, 0, t, 0);
  if (i) x++;
  pthread_join(id, 0);
  return 0;
}
