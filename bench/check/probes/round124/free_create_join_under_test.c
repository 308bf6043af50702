/* TRUTH: free — thr runs only for v > 3 and is joined before main's x++ */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  if (v > 3) pthread_create(&t, 0, thr, 0);
  if (v > 3) pthread_join(t, 0);
  x++;
  return 0;
}
