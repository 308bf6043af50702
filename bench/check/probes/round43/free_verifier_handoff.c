/* TRUTH: free — t1 writes msg then sets flag in an atomic section; t2 waits (assume in an atomic section) for flag == 1 before reading msg; the atomic sections order the write before the read */
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
  __VERIFIER_atomic_begin(); assume_abort_if_not(flag == 1); __VERIFIER_atomic_end();
  int v = msg;
  return (void *)(long)v;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t1, 0);
  pthread_create(&y, 0, t2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return 0;
}
