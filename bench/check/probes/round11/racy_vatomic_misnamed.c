// racy: VERIFIER_atomic_inc lacks the leading underscores, so it is an ordinary function; both threads increment g unprotected.
#include <pthread.h>
int g;
void VERIFIER_atomic_inc(void) { g = g + 1; }
void *t(void *a) { VERIFIER_atomic_inc(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return g;
}
