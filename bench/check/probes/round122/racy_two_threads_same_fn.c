/* TRUTH: racy — two instances of u draw their own i; the one drawing 0 writes x while main writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *u(void *a) {
  int i = __VERIFIER_nondet_int();
  if (i) return 0;
  if (!i) x = 1;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, u, 0);
  pthread_create(&b, 0, u, 0);
  x = 2;
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
