/* TRUTH: free — every v but -1 is < -1ul (unsigned) and returns; v == -1 is not 5, so x++ never runs */
#include <pthread.h>
extern long __VERIFIER_nondet_long(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  long v = __VERIFIER_nondet_long();
  pthread_create(&id, 0, t, 0);
  if (v < -1ul) return 0;
  if (v == 5) x++;
  pthread_join(id, 0);
  return 0;
}
