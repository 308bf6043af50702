/* TRUTH: racy — w=1 continues past the test every pass: v=4 writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  int w = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  for (int k = 0; k < 2; k++) {
    if (w) continue;
    if (v == 4) return 0;
  }
  if (v == 4) x++;
  pthread_join(id, 0);
  return 0;
}
