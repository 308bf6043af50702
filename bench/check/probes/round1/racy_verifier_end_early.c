/* TRUTH: racy. t1 ends its atomic block before the write. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int x;
void *t1(void *arg) { __VERIFIER_atomic_begin(); int v = x; __VERIFIER_atomic_end(); x = v + 1; return NULL; }
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, t1, NULL);
  __VERIFIER_atomic_begin(); x = 5; __VERIFIER_atomic_end();
  pthread_join(a, NULL);
  return x;
}
