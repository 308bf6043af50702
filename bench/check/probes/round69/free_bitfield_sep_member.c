/* TRUTH: free — a non-bit-field member between them puts a and b in different memory locations */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
struct S { unsigned a : 3; char c; unsigned b : 3; } s;
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
