/* TRUTH: racy. Start routines come from an array; fns[0] writes x while main reads x before joining. */
#include <pthread.h>
int x;
void *w1(void *a) { (void)a; x = 1; return 0; }
void *w2(void *a) { (void)a; return 0; }
void *(*fns[2])(void *) = { w1, w2 };
int main(void) { pthread_t t[2]; int i, r;
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, fns[i], 0);
  r = x;
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  return r; }
