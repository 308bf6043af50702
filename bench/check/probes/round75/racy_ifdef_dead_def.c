/* TRUTH: racy — #if 1 makes OP ++ (the + definition is the dead branch): OP g increments g while main reads it */
#include <pthread.h>
#include <stdio.h>
int g;
#if 1
#define OP ++
#else
#define OP +
#endif
static void *t(void *a) { (void)a; OP g; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
