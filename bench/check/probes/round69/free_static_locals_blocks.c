/* TRUTH: free — two different block-scope statics named c (one in each function) */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

void *ta(void *arg) {
  { static int c; c++; }
  return 0;
}
void *tb(void *arg) {
  { static int c; c++; }
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
