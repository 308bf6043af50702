/* TRUTH: racy — the two blocks have two different locals i; first 0, second 1: main writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
#define TWO \
  { int i = __VERIFIER_nondet_int(); if (i) return 0; } \
  { int i = __VERIFIER_nondet_int(); if (i) x++; }
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, t, 0);
  TWO
  pthread_join(id, 0);
  return 0;
}
