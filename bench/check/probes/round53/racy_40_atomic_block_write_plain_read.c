/* TRUTH: racy — writer updates balance inside __VERIFIER_atomic blocks, but the reporter reads it outside any block */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_40_atomic_block_write_plain_read.c", 6, "reach_error"); }
int balance;

void *writer(void *arg) {
  for (int i = 0; i < 2; i++) {
    __VERIFIER_atomic_begin();
    balance = balance + 10;
    __VERIFIER_atomic_end();
  }
  return 0;
}

void *reporter(void *arg) {
  int b = balance;
  if (b > 20) reach_error();
  return 0;
}

int main(void) {
  pthread_t w, r;
  pthread_create(&w, 0, writer, 0);
  pthread_create(&r, 0, reporter, 0);
  pthread_join(w, 0);
  pthread_join(r, 0);
  return 0;
}
