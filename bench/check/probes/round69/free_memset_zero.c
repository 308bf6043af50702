/* TRUTH: free — memset of 0 bytes accesses no memory; only thread b touches buf */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
char buf[16];
void *ta(void *arg) {
  memset(buf, 0, 0);
  return 0;
}
void *tb(void *arg) {
  buf[0] = 1;
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
