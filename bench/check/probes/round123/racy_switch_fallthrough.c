/* TRUTH: racy — k=1 enters case 1 directly (no test of v): v=7 writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  int k = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  switch (k) {
  case 0:
    if (v > 2) return 0;
  case 1:
    if (v == 7) x++;
  }
  pthread_join(id, 0);
  return 0;
}
