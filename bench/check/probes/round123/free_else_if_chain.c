/* TRUTH: free — every v but 10 returns in the chain, so v != 10 never holds after it */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v < 0) return 0;
  else if (v < 10) return 0;
  else if (v > 10) return 0;
  if (v != 10) x++;
  pthread_join(id, 0);
  return 0;
}
