/* TRUTH: free — unevaluated argument of __builtin_constant_p */
#include <pthread.h>
#include <stdio.h>
int g;
int *gp = &g;
void *w(void *a) { int k = __builtin_constant_p((g = 7) + 1); (void)k; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
