/* TRUTH: free — c holds the truncated value (256 becomes 0) and both tests read c itself: x++ never runs */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  char c = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (c) return 0;
  if (c != 0) x++;
  pthread_join(id, 0);
  return 0;
}
