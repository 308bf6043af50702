/* TRUTH: racy — rec(1) draws i=0 and recurses; rec(0) draws its own i=1 and writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
static int rec(int d) {
  int i = __VERIFIER_nondet_int();
  if (d) {
    if (i) return 0;
    rec(d - 1);
  } else {
    if (i) x++;
  }
  return 0;
}
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, t, 0);
  rec(1);
  pthread_join(id, 0);
  return 0;
}
