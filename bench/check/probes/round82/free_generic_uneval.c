/* TRUTH: free — _Generic's controlling expression is not evaluated */
#include <pthread.h>
#include <stdio.h>
int g;
void *t(void *a) { int k = _Generic(g++, int: 1, default: 0); return (void *)(long)k; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 2;
  pthread_join(th, 0); printf("%d\n", g); return 0;
}
