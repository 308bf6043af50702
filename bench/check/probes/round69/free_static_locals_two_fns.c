/* TRUTH: free — the two function-scope statics named c are distinct objects, each touched by one thread */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
static int f1(void) { static int c; return ++c; }
static int f2(void) { static int c; return ++c; }
void *ta(void *arg) {
  f1();
  return 0;
}
void *tb(void *arg) {
  f2();
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
