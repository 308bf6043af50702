/* TRUTH: racy — __typeof__(char[n][g++]) is a VLA type: both sizes are evaluated, so g++ writes g; races main's write */
#include <pthread.h>
#include <stdio.h>
int g = 3;
static void *t(void *a) {
  int n = (int)(long)a;
  __typeof__(char[n][g++]) e; e[0][0] = 0; (void)e[0][0];
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
