/* TRUTH: free — every access to x and y outside main's pre-create init is inside __VERIFIER_atomic blocks */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_05_verifier_atomic_blocks.c", 6, "reach_error"); }
int x, y;

void *t1(void *arg) {
  __VERIFIER_atomic_begin();
  x = x + 1;
  y = y + 1;
  __VERIFIER_atomic_end();
  return 0;
}

void *t2(void *arg) {
  __VERIFIER_atomic_begin();
  if (x != y) reach_error();
  __VERIFIER_atomic_end();
  return 0;
}

int main(void) {
  pthread_t a, b;
  x = 0; y = 0;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  return 0;
}
