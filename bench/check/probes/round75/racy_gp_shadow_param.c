/* TRUTH: racy — the thread is given &x, the object global p points at: both threads write x */
#include <pthread.h>
#include <stdio.h>
int x, y;
int *p = &x;
static void *t(void *a) { int *p = a; *p = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, &x);
  *p = 2;
  pthread_join(h, 0);
  printf("%d %d\n", x, y);
  return 0;
}
