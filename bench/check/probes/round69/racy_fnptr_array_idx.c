/* TRUTH: racy — fns[0] is a, which writes g while main writes g */
#include <pthread.h>
#include <stdio.h>
int g;
void *a(void *p) { g++; return 0; }
void *b(void *p) { return 0; }
void *(*fns[2])(void *) = { a, b };
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, fns[0], 0);
  g = 5;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
