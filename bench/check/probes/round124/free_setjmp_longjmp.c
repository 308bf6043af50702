/* TRUTH: free — longjmp happens only with v == 0, and the setjmp branch writes x only for v != 0 */
#include <pthread.h>
#include <setjmp.h>
extern int __VERIFIER_nondet_int(void);
jmp_buf b;
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (setjmp(b)) {
    if (v) x++;
    pthread_join(t, 0);
    return 0;
  }
  if (v) { pthread_join(t, 0); return 0; }
  longjmp(b, 1);
}
