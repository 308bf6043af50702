/* TRUTH: racy — the thread writes __real__ z (part of z) while main assigns the whole z; also both write g */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
_Complex double z;
void *w(void *a) {
  __real__ z = 1.0;
  g = (int)__imag__ z;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2; z = 3.0;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
