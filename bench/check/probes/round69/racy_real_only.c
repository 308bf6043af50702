/* TRUTH: racy — the thread writes the real part of z while main assigns all of z */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
_Complex double z;
void *w(void *a) {
  __real__ z = 1.0;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  z = 3.0;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
