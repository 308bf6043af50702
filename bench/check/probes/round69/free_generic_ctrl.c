/* TRUTH: free — the controlling expression of _Generic is not evaluated */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { int k = _Generic(g++, int: 1, default: 2); return (void *)(long)k; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
