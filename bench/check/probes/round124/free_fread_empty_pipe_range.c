/* TRUTH: free — v > 2: fread blocks forever on an empty pipe (write end open), so x++ (v > 2) never runs */
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
  if (v > 2) fread(buf, 1, 1, pf);
  if (v > 2) x++;
  pthread_join(t, 0);
  return 0;
}
