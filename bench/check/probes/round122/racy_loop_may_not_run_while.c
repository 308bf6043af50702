/* TRUTH: racy — the while loop may run zero times (first nondet 0), then i!=0 writes x in main while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  while (__VERIFIER_nondet_int()) {
    if (i) return 0;
  }
  if (i) x = 2;
  pthread_join(id, 0);
  return 0;
}
