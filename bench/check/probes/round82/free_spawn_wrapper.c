/* TRUTH: free — wrapper spawn(fn,&h) creates; main joins h before writing */
#include <pthread.h>
#include <stdio.h>
int x;
void *t(void *a) { x = 1; return 0; }
static int spawn(void *(*fn)(void *), pthread_t *h) { return pthread_create(h, 0, fn, 0); }
int main(void) {
  pthread_t h;
  spawn(t, &h);
  pthread_join(h, 0);
  x = 2;
  printf("%d\n", x); return 0;
}
