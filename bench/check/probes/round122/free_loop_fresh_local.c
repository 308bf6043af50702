/* TRUTH: free — within one pass i is fixed: x++ needs i != 0 after returning on i != 0, never */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, t, 0);
  while (__VERIFIER_nondet_int()) {
    int i = __VERIFIER_nondet_int();
    if (i) return 0;
    if (i) x++;
  }
  pthread_join(id, 0);
  return 0;
}
