/* TRUTH: racy. Whichever body is chosen, the thread writes x, and main writes x before
   joining. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *w1(void *arg) { x = 1; return NULL; }
void *w2(void *arg) { x = 3; return NULL; }
int main(void) {
  pthread_t t;
  if (__VERIFIER_nondet_int()) pthread_create(&t, NULL, w1, NULL); else pthread_create(&t, NULL, w2, NULL);
  x = 2;
  pthread_join(t, NULL);
  return x;
}
