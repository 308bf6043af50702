/* TRUTH: racy — nondet 0: u goes on and writes x while main writes x */
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
  x = 2;
  pthread_join(id, 0);
  return 0;
}
