/* TRUTH: free — memset covers buf[0..7], thread b writes buf[8] */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
char buf[16];
void *ta(void *arg) {
  memset(buf, 0, 8);
  return 0;
}
void *tb(void *arg) {
  buf[8] = 1;
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
