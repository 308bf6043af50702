/* TRUTH: free — __builtin_classify_type does not evaluate its argument */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;

void *w(void *a) {
  int k = __builtin_classify_type(g++);
  (void)k;
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
