/* TRUTH: racy — t2 reads msg before it waits for flag, so that read races with t1's msg = 77 */
#include <pthread.h>
#include <stdlib.h>
void __VERIFIER_atomic_begin(void);
void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
int msg, flag;
void *t1(void *a) {
  msg = 77;
  __VERIFIER_atomic_begin(); flag = 1; __VERIFIER_atomic_end();
  return 0;
}
void *t2(void *a) {
  int v = msg;
  __VERIFIER_atomic_begin(); assume_abort_if_not(flag == 1); __VERIFIER_atomic_end();
  return (void *)(long)v;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t1, 0);
  pthread_create(&y, 0, t2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return 0;
}
