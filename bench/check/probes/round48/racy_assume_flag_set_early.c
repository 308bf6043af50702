/* TRUTH: racy — main sets ready before writing x, so the reader can pass the assume and read x while main writes it */
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
  atomic_store(&ready, 1);
  x = 3;
  pthread_join(th, 0);
  return out;
}
