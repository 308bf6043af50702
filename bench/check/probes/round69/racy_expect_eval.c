/* TRUTH: racy — __builtin_expect evaluates its argument, g++ runs in the thread */
#include <pthread.h>
#include <stdio.h>
int g;
int *gp = &g;
void *w(void *a) { int k = __builtin_expect(g++, 0); (void)k; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
