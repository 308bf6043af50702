/* TRUTH: free — __builtin_choose_expr(1, h, g) is h; the thread writes h, not g */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
int h;
void *w(void *a) {
  __builtin_choose_expr(1, h, g) = 5;
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
