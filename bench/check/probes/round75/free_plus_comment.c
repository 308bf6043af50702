/* TRUTH: free — plus, comment, plus, g is two unary pluses (a comment is a space): a read; main reads too */
#include <pthread.h>
#include <stdio.h>
int g;
static void *t(void *a) { (void)a; int x = +/**/+g; return (void *)(long)x; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
