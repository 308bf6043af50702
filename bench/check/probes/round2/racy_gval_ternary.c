/* TRUTH: racy. g = c ? 7 : 9 may store 7; t2 then writes x while main writes x. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int g;
int x;
void *t2(void *arg) { if (g == 7) x = 1; return NULL; }
int main(void) {
  pthread_t b;
  g = __VERIFIER_nondet_int() ? 7 : 9;
  pthread_create(&b, NULL, t2, NULL);
  x = 2;
  pthread_join(b, NULL);
  return x;
}
