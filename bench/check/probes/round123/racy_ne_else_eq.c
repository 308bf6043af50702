/* TRUTH: racy — v=7: the else branch of v != 7 writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v != 7) {
    if (v == 7) return 0;
  } else {
    x++;
  }
  pthread_join(id, 0);
  return 0;
}
