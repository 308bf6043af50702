/* TRUTH: free. Both threads update `x` only inside __VERIFIER_atomic_begin/end blocks. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int x;
void *t1(void *arg) { __VERIFIER_atomic_begin(); x = x + 1; __VERIFIER_atomic_end(); return NULL; }
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, t1, NULL);
  __VERIFIER_atomic_begin();
  x = x + 2;
  __VERIFIER_atomic_end();
  pthread_join(a, NULL);
  return x;
}
