/* TRUTH: free — only v >= ULONG_MAX-4 passes v < -5 (as unsigned); such v is never < 7, so x++ never runs */
#include <pthread.h>
extern unsigned long __VERIFIER_nondet_ulong(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  unsigned long v = __VERIFIER_nondet_ulong();
  pthread_create(&id, 0, t, 0);
  if (v < -5) return 0;
  if (v < 7) x++;
  pthread_join(id, 0);
  return 0;
}
