/* TRUTH: racy. t1 leaves its while(1) by `return`, so join(t1) returns; main then writes
   y while t2 (not yet joined) writes y. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int y;
void *t1(void *arg) { while (1) { if (__VERIFIER_nondet_int()) return NULL; } }
void *t2(void *arg) { y = 1; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  y = 2;
  pthread_join(b, NULL);
  return y;
}
