/* TRUTH: free — __alignof__ of an expression does not evaluate it */
#include <pthread.h>
#include <stdio.h>
int g;
int *gp = &g;
void *w(void *a) { size_t k = __alignof__(g++); (void)k; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
