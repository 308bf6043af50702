/* TRUTH: free — the thread passed role 1 writes alpha, the one passed role 0 writes beta; main only touches them after joins */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int alpha, beta;
static void *role(void *p) { if ((long)p == 1) alpha = __VERIFIER_nondet_int(); else beta = 4; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, role, (void *)1L); pthread_create(&b, 0, role, (void *)0L);
  pthread_join(a, 0); pthread_join(b, 0);
  return alpha + beta;
}
