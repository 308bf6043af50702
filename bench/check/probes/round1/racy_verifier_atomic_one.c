/* TRUTH: racy. Only t1 uses the atomic block; main writes x outside any atomic section. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int x;
void *t1(void *arg) { __VERIFIER_atomic_begin(); x = x + 1; __VERIFIER_atomic_end(); return NULL; }
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, t1, NULL);
  x = x + 2;
  pthread_join(a, NULL);
  return x;
}
