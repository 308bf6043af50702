/* TRUTH: racy — the VLA typedef reads g (its size is then printed) in the thread while main writes g */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;

void *w(void *a) {
  typedef char T[g + 1];
  printf("%zu\n", sizeof(T));
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
