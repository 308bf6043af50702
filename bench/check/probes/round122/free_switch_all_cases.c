/* TRUTH: free — every case returns when i != 0 (no case falls past), so x++ never runs */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  int k = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  switch (k) {
  case 0: if (i) return 0; break;
  default: if (i) return 1; break;
  }
  if (i) x++;
  pthread_join(id, 0);
  return 0;
}
