/* TRUTH: racy — 2+2W with plain ints: t1 writes x = 1; y = 2 and t2 writes y = 1; x = 2: unordered plain writes to x and to y. */
#include <pthread.h>
#include <stdatomic.h>
static int x, y;
static int r1, r2;
static void *t1(void *arg) {
  x = 1;
  y = 2;
  return 0;
}
static void *t2(void *arg) {
  y = 1;
  x = 2;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return r1 + r2;
}
