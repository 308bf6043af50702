/* TRUTH: free — each call writes x only when its own v == 1, but v == 1 returned first: rec never writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void rec(int d) {
  int v = __VERIFIER_nondet_int();
  if (v == 1) return;
  if (d > 0) rec(d - 1);
  if (v == 1) x++;
}
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, t, 0);
  rec(2);
  pthread_join(id, 0);
  return 0;
}
