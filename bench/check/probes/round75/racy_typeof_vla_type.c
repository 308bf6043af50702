/* TRUTH: racy — __typeof__(int[g++]) names a VLA type, so its size g++ is evaluated (gcc and clang): the thread writes g while main writes it */
#include <pthread.h>
#include <stdio.h>
int g = 3;
static void *t(void *a) {
  int n = (int)(long)a;
  __typeof__(int[g++]) arr; arr[0] = n; (void)arr[0];
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
