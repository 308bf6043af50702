/* TRUTH: free — NZ is redefined to (a) != 0, false past the if (v) return: main never writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#define NZ(a) ((a) == 0)
#undef NZ
#define NZ(a) ((a) != 0)
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v) { pthread_join(t, 0); return 0; }
  if (NZ(v)) x++;
  pthread_join(t, 0);
  return 0;
}
