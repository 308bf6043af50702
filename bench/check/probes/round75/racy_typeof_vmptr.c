/* TRUTH: racy — __typeof__(int (*)[g++]) is a variably modified pointer type: g++ is evaluated; races main's write of g */
#include <pthread.h>
#include <stdio.h>
int g = 3;
static void *t(void *a) {
  int n = (int)(long)a;
  __typeof__(int (*)[g++]) q = 0; (void)q; (void)n;
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
