/* TRUTH: racy — w=1: continue jumps to the while (0) check and leaves; v=3 then writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  int w = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  do {
    if (w) continue;
    if (v == 3) return 0;
  } while (0);
  if (v == 3) x++;
  pthread_join(id, 0);
  return 0;
}
