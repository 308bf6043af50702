/* TRUTH: racy — the first #define BIG is inside a comment; BIG(v) is v > 3, true past the v <= 3 return */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
/*
#define BIG(a) ((a) < 3)
*/
#define BIG(a) ((a) > 3)
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v <= 3) { pthread_join(t, 0); return 0; }
  if (BIG(v)) x++;
  pthread_join(t, 0);
  return 0;
}
