// racy: m starts 1, acquire assumes m==1 and release sets m=1, so acquire never blocks; both threads write cs concurrently.
#include <pthread.h>
extern void __VERIFIER_assume(int);
int m = 1;
int cs = 0;
void __VERIFIER_atomic_acquire(void) { __VERIFIER_assume(m == 1); m = 1; }
void __VERIFIER_atomic_release(void) { m = 1; }
void *t1(void *a) { __VERIFIER_atomic_acquire(); cs = 1; __VERIFIER_atomic_release(); return 0; }
void *t2(void *a) { __VERIFIER_atomic_acquire(); cs = 2; __VERIFIER_atomic_release(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cs;
}
