/* TRUTH: racy — sizeof(int[g++]) has a VLA operand type: its size g++ is evaluated; races main's write of g */
#include <pthread.h>
#include <stdio.h>
int g = 3;
static void *t(void *a) {
  int n = (int)(long)a;
  int k = (int)sizeof(int[g++]) + n; (void)k;
  return 0;
}
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, (void *)2L);
  g = 7;
  pthread_join(h, 0);
  printf("%d\n", g);
  return 0;
}
