/* TRUTH: free — v != 0: fgets blocks forever on an empty pipe whose write end stays open, so main's x++ never runs */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
extern int __VERIFIER_nondet_int(void);
int pfd[2]; FILE *pf; char buf[8];
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pipe(pfd); pf = fdopen(pfd[0], "r");
  pthread_create(&t, 0, thr, 0);
  if (v) fgets(buf, sizeof buf, pf);
  if (v) x++;
  pthread_join(t, 0);
  return 0;
}
