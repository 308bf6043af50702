/* TRUTH: free — thread a increments its own local c that shadows the global; only thread b writes the global */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
int c;
void *ta(void *arg) {
  int c = 0; c++; (void)c;
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
