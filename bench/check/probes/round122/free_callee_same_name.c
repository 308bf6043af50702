/* TRUTH: free — in f, x++ needs i != 0 after f returned on i != 0: never */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
static void f(void) {
  int i = __VERIFIER_nondet_int();
  if (i) return;
  if (i) x++;
}
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (!i) return 0;
  f();
  pthread_join(id, 0);
  return 0;
}
