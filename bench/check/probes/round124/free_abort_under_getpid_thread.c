/* TRUTH: free — in w, getpid() > 0 always: v > 5 aborts, so w's y = 1 (v > 5) never runs beside main's y = 2 */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
extern int __VERIFIER_nondet_int(void);
int y;
void *w(void *a) {
  int v = __VERIFIER_nondet_int();
  if (getpid() > 0) { if (v > 5) abort(); }
  if (v > 5) y = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  y = 2;
  pthread_join(t, 0);
  return 0;
}
