/* TRUTH: free — p = &s.a[0]; the thread writes *(p + 1) = s.a[1]; main writes s.a[0] */
#include <pthread.h>
#include <stdio.h>
struct S { int a[2]; int b; } s;
int *p = &s.a[0];
static void *t(void *v) { (void)v; *(p + 1) = 5; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  s.a[0] = 3;
  pthread_join(h, 0);
  printf("%d %d\n", s.a[0], s.a[1]);
  return 0;
}
