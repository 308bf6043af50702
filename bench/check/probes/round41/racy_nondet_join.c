/* TRUTH: racy — main joins t only if nondet is nonzero; otherwise main's write x=2 (line 8) races with the thread's write x=1 (line 5). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *w(void *a) { x = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0);
  if (__VERIFIER_nondet_int()) pthread_join(t, 0);
  x = 2; return 0; }
