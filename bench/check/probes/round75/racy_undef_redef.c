/* TRUTH: racy — OP is first +, then #undef'd and redefined ++: the thread's OP g increments g while main reads it */
#include <pthread.h>
#include <stdio.h>
int g;
#define OP +
static int peek(void) { return OP g; }
#undef OP
#define OP ++
static void *t(void *a) { (void)a; OP g; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = peek();
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
