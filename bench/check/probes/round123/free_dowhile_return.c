/* TRUTH: free — the do-while body runs at least once: v == 2 returns there, so v == 2 after never holds */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  do {
    if (v == 2) return 0;
  } while (__VERIFIER_nondet_int());
  if (v == 2) x++;
  pthread_join(id, 0);
  return 0;
}
