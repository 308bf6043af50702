/* TRUTH: free — the continue path stores started=0 only after joining w; every path has joined w before x=2 */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  int i = 0;
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 1;
  while (1) {
    if (i == 1) { if (started) pthread_join(t, 0); break; }
    i = 1;
    if (__VERIFIER_nondet_int()) { pthread_join(t, 0); started = 0; continue; }
  }
  x = 2;
  return 0;
}
