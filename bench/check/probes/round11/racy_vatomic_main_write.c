// racy: workers read/write n in __VERIFIER_atomic_dec, but main writes n plainly after creating them.
#include <pthread.h>
int n = 5;
void __VERIFIER_atomic_dec(void) { if (n > 0) n = n - 1; }
void *w(void *a) { __VERIFIER_atomic_dec(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  n = 10;
  pthread_join(a, 0);
  pthread_join(b, 0);
  return n;
}
