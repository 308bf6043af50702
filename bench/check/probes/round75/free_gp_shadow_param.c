/* TRUTH: free — the thread's p is its own local (given &y), shadowing global p = &x; the thread writes y, main writes x */
#include <pthread.h>
#include <stdio.h>
int x, y;
int *p = &x;
static void *t(void *a) { int *p = a; *p = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, &y);
  *p = 2;
  pthread_join(h, 0);
  printf("%d %d\n", x, y);
  return 0;
}
