/* TRUTH: free — thread a touches the first block static c, thread b the second: distinct objects */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
static void f(int k) { if (k) { static int c; c++; } else { static int c; c++; } }
void *ta(void *arg) {
  f(1);
  return 0;
}
void *tb(void *arg) {
  f(0);
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
