/* TRUTH: racy — v=-1 is >= 3u as unsigned, so main enters and v < 0 writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v >= 3u) {
    if (v < 0) x++;
  }
  pthread_join(id, 0);
  return 0;
}
