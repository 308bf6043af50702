/* TRUTH: free — the loop runs 3 times: v == 4 returns in its first pass, so v == 4 after it never holds */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  for (int k = 0; k < 3; k++) {
    if (v == 4) return 0;
  }
  if (v == 4) x++;
  pthread_join(id, 0);
  return 0;
}
