/* TRUTH: racy — t1 updates x inside a __VERIFIER_atomic block, t2 writes x outside any block; atomic blocks only exclude each other */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_07_atomic_block_vs_plain.c", 6, "reach_error"); }
int x;

void *t1(void *arg) {
  __VERIFIER_atomic_begin();
  x = x + 1;
  __VERIFIER_atomic_end();
  return 0;
}

void *t2(void *arg) {
  x = 10;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (x != 10 && x != 11 && x != 1) reach_error();
  return 0;
}
