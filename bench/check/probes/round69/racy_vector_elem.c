/* TRUTH: racy — the thread writes g (g = gv[0]) while main writes g */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
typedef int v4 __attribute__((vector_size(16)));
v4 gv;
void *w(void *a) {
  gv[1] = 3;
  g = gv[0];
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
