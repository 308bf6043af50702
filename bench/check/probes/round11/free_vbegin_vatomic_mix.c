// free: t1 uses __VERIFIER_atomic_begin/end and t2 uses a __VERIFIER_atomic_ function; both are atomic w.r.t. each other.
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int x;
void __VERIFIER_atomic_add2(void) { x = x + 2; }
void *t1(void *a) { __VERIFIER_atomic_begin(); x++; __VERIFIER_atomic_end(); return 0; }
void *t2(void *a) { __VERIFIER_atomic_add2(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
