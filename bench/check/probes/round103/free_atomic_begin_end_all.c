/* TRUTH: free — both threads touch x and y only between __VERIFIER_atomic_begin and __VERIFIER_atomic_end */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

int x, y;

void *thr(void *arg) {
  __VERIFIER_atomic_begin();
  x = x + 1;
  y = x;
  __VERIFIER_atomic_end();
  return 0;
}

int main(void) {
  pthread_t a, b;
  x = 0;
  pthread_create(&a, 0, thr, 0);
  pthread_create(&b, 0, thr, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return y;
}
