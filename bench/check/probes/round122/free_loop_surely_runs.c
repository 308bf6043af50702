/* TRUTH: free — the do-while body runs at least once, returning when i != 0, so x++ (needs i != 0) never runs */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  do {
    if (i) return 0;
  } while (__VERIFIER_nondet_int());
  if (i) x++;
  pthread_join(id, 0);
  return 0;
}
