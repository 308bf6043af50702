/* TRUTH: racy — i == 0: u does not exit and writes x while main writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *u(void *a) {
  int i = __VERIFIER_nondet_int();
  if (i) pthread_exit(0);
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
