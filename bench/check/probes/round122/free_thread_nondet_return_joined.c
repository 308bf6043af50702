/* TRUTH: free — main writes x only after joining u */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *u(void *a) {
  if (__VERIFIER_nondet_int()) return 0;
  x = 1;
  return 0;
}
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, u, 0);
  pthread_join(id, 0);
  x = 2;
  return 0;
}
