/* TRUTH: free — thread is created and joined under the same condition c; main's write x=2 (line 8) follows the join when the thread exists. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *w(void *a) { x = 1; return 0; }
int main(void) { pthread_t t; int c = __VERIFIER_nondet_int();
  if (c) { pthread_create(&t, 0, w, 0); pthread_join(t, 0); }
  x = 2; return 0; }
