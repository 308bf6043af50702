/* TRUTH: racy — a and b are adjacent bit-fields inside the same anonymous struct */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
struct S { struct { unsigned a : 3; unsigned b : 3; }; } s;
void *ta(void *arg) {
  s.a = 1;
  return 0;
}
void *tb(void *arg) {
  s.b = 2;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0);
  pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
