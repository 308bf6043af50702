/* TRUTH: racy — on entry to use, the size expression g++ of its variably modified parameter is evaluated (C11 6.9.1p10) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
static int use(int (*p)[g++ + 1]) { return p == 0; }
void *w(void *a) {
  use(0);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
