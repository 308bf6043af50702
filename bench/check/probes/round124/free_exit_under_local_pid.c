/* TRUTH: free — c = getpid() is nonzero: v > 5 exits before the thread starts, so x++ (v > 5) never runs */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  int c = getpid();
  if (c) { if (v > 5) exit(0); }
  pthread_create(&t, 0, thr, 0);
  if (v > 5) x++;
  pthread_join(t, 0);
  return 0;
}
