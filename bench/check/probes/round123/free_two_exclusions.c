/* TRUTH: free — v == 3 and v == 5 return, so v == 3 later never holds */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v == 3) return 0;
  if (v == 5) return 0;
  if (v == 3) x++;
  pthread_join(id, 0);
  return 0;
}
