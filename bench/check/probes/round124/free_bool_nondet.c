/* TRUTH: free — b true returns, so if (b) x++ never runs */
#include <pthread.h>
extern _Bool __VERIFIER_nondet_bool(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  _Bool b = __VERIFIER_nondet_bool();
  pthread_create(&t, 0, thr, 0);
  if (b) { pthread_join(t, 0); return 0; }
  if (b) x++;
  pthread_join(t, 0);
  return 0;
}
