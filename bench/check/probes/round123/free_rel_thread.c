/* TRUTH: free — thread u returns when a and b are nonzero, and writes x only when both are: never races main */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *u(void *p) {
  int a = __VERIFIER_nondet_int();
  int b = __VERIFIER_nondet_int();
  if (a) {
    if (b) return NULL;
  }
  if (b) {
    if (a) x = 1;
  }
  return NULL;
}
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, u, 0);
  x = 2;
  pthread_join(id, 0);
  return 0;
}
