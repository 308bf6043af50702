/* TRUTH: free — in w, v != 0 blocks forever in getc on an empty pipe; v == 0 skips the write: w never writes x */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
extern int __VERIFIER_nondet_int(void);
int pfd[2]; FILE *pf; char buf[8];
int x;
void *w(void *a) {
  int v = __VERIFIER_nondet_int();
  if (v) getc(pf);
  if (v) x = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pipe(pfd); pf = fdopen(pfd[0], "r");
  pthread_create(&t, 0, w, 0);
  x = 2;
  pthread_join(t, 0);
  return 0;
}
