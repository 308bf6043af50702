/* TRUTH: racy — 1 && g++ evaluates g++ in the thread */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { int k = 1 && g++; return (void *)(long)k; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
