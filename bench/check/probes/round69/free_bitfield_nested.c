/* TRUTH: free — a and b belong to different member structs, so they are different memory locations */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
struct S { struct { unsigned a : 3; } x; struct { unsigned b : 3; } y; } s;
void *ta(void *arg) {
  s.x.a = 1;
  return 0;
}
void *tb(void *arg) {
  s.y.b = 2;
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
