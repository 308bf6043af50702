/* TRUTH: free — main only names g inside __builtin_constant_p, which is not evaluated; only the thread writes g */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  int k = __builtin_constant_p(g++);
  pthread_join(t, 0);
  printf("%d %d\n", g, k);
  return 0;
}
