/* TRUTH: racy — thread u with v = ULONG_MAX (seq -1) does not return and writes x while main writes x */
#include <pthread.h>
extern unsigned long __VERIFIER_nondet_ulong(void);
int x;
void *u(void *p) {
  unsigned long v = __VERIFIER_nondet_ulong();
  if (v != -1) return NULL;
  x = 1;
  return NULL;
}
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, u, 0);
  x = 2;
  pthread_join(id, 0);
  return 0;
}
