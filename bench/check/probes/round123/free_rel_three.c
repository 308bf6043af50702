/* TRUTH: free — a,b,c all nonzero returns before; x++ needs all three nonzero */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int a = __VERIFIER_nondet_int();
  int b = __VERIFIER_nondet_int();
  int c = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (a) {
    if (b) {
      if (c) return 0;
    }
  }
  if (c) {
    if (b) {
      if (a) x++;
    }
  }
  pthread_join(id, 0);
  return 0;
}
