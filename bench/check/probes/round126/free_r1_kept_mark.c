/* TRUTH: free — mark() stores started=1 after started=0, so main always joins w before x=2 */
/* RUN: NONDET_SEQ=1 | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
void mark(void) { started = 1; }
int main(void) {
  started = 0;
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 0;
  mark();
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
