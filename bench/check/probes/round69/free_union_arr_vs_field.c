/* TRUTH: free — u.arr[0] is byte 0, u.s.b is byte 1: different memory locations */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
union U { struct { char a, b; } s; char arr[2]; } u;
void *ta(void *arg) {
  u.arr[0] = 1;
  return 0;
}
void *tb(void *arg) {
  u.s.b = 2;
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
