/* TRUTH: free — getpid() > 0 always: v > 5 aborts before the thread starts, so main's x++ (v > 5) never runs */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  if (getpid() > 0) { if (v > 5) abort(); }
  pthread_create(&t, 0, thr, 0);
  if (v > 5) x++;
  pthread_join(t, 0);
  return 0;
}
