/* TRUTH: free — a == 1 && b == 1 returns before; x++ needs exactly that combination */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int a = __VERIFIER_nondet_int();
  int b = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (a == 1) {
    if (b == 1) return 0;
  }
  if (b == 1) {
    if (a == 1) x++;
  }
  pthread_join(id, 0);
  return 0;
}
