/* TRUTH: racy — after atomic_end each thread reads x and writes y with no atomic section; the reads of x race with the other thread's write of x, and the y writes race */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

int x, y;

void *thr(void *arg) {
  __VERIFIER_atomic_begin();
  x = x + 1;
  __VERIFIER_atomic_end();
  y = x;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, thr, 0);
  pthread_create(&b, 0, thr, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
