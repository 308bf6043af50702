/* TRUTH: free — the parameter type has a constant size (sizeof is not evaluated); use never touches g */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
static int use(int (*p)[sizeof(g) + 1]) { return p == 0; }
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
