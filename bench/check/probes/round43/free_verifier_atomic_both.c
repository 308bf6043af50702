/* TRUTH: free — both threads update g only inside __VERIFIER_atomic_begin/end sections, which exclude each other */
#include <pthread.h>
void __VERIFIER_atomic_begin(void);
void __VERIFIER_atomic_end(void);
int g;
void *f1(void *a) { __VERIFIER_atomic_begin(); g = g + 1; __VERIFIER_atomic_end(); return 0; }
void *f2(void *a) { __VERIFIER_atomic_begin(); g = g + 2; __VERIFIER_atomic_end(); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return g;
}
