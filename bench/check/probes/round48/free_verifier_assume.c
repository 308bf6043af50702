/* TRUTH: free — __VERIFIER_assume blocks forever unless its argument holds; the reader continues only if the seq_cst load saw ready == 1, set by main after writing x */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int ready; int out;
static void __VERIFIER_assume(int c) { if (!c) for (;;) ; }
void *t(void *a) {
  __VERIFIER_assume(atomic_load(&ready));
  out = x;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 3;
  atomic_store(&ready, 1);
  pthread_join(th, 0);
  return out;
}
