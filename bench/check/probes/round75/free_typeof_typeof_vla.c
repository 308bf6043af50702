/* TRUTH: free — __typeof__(__typeof__(g++)[n]) is a VLA of typeof(g++) elements: n is evaluated but the inner typeof names int and its g++ is not; main writes g */
#include <pthread.h>
#include <stdio.h>
int g = 3;
static void *t(void *a) {
  int n = (int)(long)a;
  __typeof__(__typeof__(g++)[n]) w; w[0] = 1; (void)w[0];
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
