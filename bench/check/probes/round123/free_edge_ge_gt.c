/* TRUTH: free — runs past v >= 3 have v <= 2, so v > 2 never holds */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v >= 3) return 0;
  if (v > 2) x++;
  pthread_join(id, 0);
  return 0;
}
