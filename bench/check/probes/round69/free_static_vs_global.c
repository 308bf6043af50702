/* TRUTH: free — the function static c and the global c are distinct objects */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
int c;
static void f(void) { static int c; c++; }
void *ta(void *arg) {
  f();
  return 0;
}
void *tb(void *arg) {
  c++;
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
