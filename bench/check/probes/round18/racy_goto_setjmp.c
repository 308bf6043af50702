/* TRUTH: racy. after longjmp, setjmp returns 1 and the goto to L skips the join; x = 2 runs while t runs */
#include <pthread.h>
#include <setjmp.h>
int x;
jmp_buf env;
void *t(void *a) { x = 1; return 0; }
void fail(void) { longjmp(env, 1); }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  if (setjmp(env))
    goto L;
  fail();
  pthread_join(th, 0);
  return 0;
L:
  x = 2;
  pthread_join(th, 0);
  return 0;
}
