/* TRUTH: racy — the thread's static p is &x too: both threads write x */
#include <pthread.h>
#include <stdio.h>
int x, y;
int *p = &x;
static void *t(void *a) { (void)a; static int *p = &x; *p = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  *p = 2;
  pthread_join(h, 0);
  printf("%d %d\n", x, y);
  return 0;
}
