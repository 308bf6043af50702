/* TRUTH: racy — ready is a plain int written by main and read by the thread with no ordering: the flag accesses themselves race */
#include <pthread.h>
int x; int ready; int out;
static void __VERIFIER_assume(int c) { if (!c) for (;;) ; }
void *t(void *a) {
  __VERIFIER_assume(ready);
  out = x;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 3;
  ready = 1;
  pthread_join(th, 0);
  return out;
}
