/* TRUTH: free — __typeof__(vla[g++]) has type int (not variably modified): g++ is not evaluated; main writes g */
#include <pthread.h>
#include <stdio.h>
int g = 3;
static void *t(void *a) {
  int n = (int)(long)a;
  int vla[n]; vla[0] = 0; __typeof__(vla[g++]) c = vla[0]; (void)c;
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
