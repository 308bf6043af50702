/* TRUTH: free — the inner v's return guards its x++; the outer v is tested once only */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int g;
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v) g = 1;
  {
    int v = __VERIFIER_nondet_int();
    if (v) { pthread_join(t, 0); return 0; }
    if (v) x++;
  }
  pthread_join(t, 0);
  return 0;
}
