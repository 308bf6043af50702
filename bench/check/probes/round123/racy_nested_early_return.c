/* TRUTH: racy — v=10 passes the nested test and writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v > 0) {
    if (v < 10) return 0;
  }
  if (v == 10) x++;
  pthread_join(id, 0);
  return 0;
}
