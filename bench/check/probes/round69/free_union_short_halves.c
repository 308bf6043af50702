/* TRUTH: free — lo and hi are different members of the inner struct */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
union U { int i; struct { short lo, hi; } h; } u;
void *ta(void *arg) {
  u.h.lo = 1;
  return 0;
}
void *tb(void *arg) {
  u.h.hi = 2;
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
