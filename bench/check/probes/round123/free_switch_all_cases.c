/* TRUTH: free — each case returns unless v == 7, so v != 7 never holds after the switch */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  int k = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  switch (k) {
  case 0:
    if (v != 7) return 0;
    break;
  default:
    if (v < 7) return 0;
    if (v > 7) return 0;
  }
  if (v != 7) x++;
  pthread_join(id, 0);
  return 0;
}
