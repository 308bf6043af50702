/* TRUTH: free — in u, x = 1 needs i != 0 after returning on i != 0: u never writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *u(void *a) {
  int i = __VERIFIER_nondet_int();
  if (i) return 0;
  if (i) x = 1;
  return 0;
}
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, u, 0);
  x = 2;
  pthread_join(id, 0);
  return 0;
}
