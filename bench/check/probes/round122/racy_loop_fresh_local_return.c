/* TRUTH: racy — pass 0 draws i=0 and does not return; pass 1 draws i=1 and writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, t, 0);
  for (int k = 0; k < 2; k++) {
    int i = __VERIFIER_nondet_int();
    if (i) { if (k) x++; }
    if (i) return 0;
  }
  pthread_join(id, 0);
  return 0;
}
