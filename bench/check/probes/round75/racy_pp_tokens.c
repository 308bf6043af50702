/* TRUTH: racy — PP is ++, so PP g in the thread increments g while main reads it */
#include <pthread.h>
#include <stdio.h>
int g;
#define PP ++
static void *t(void *a) { (void)a; PP g; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
