/* TRUTH: racy — load buffering with plain ints: t1 reads r1 = x then writes y = 1, t2 reads r2 = y then writes x = 1: write/read pairs on x and on y are unordered. */
#include <pthread.h>
#include <stdatomic.h>
static int x, y;
static int r1, r2;
static void *t1(void *arg) {
  r1 = x;
  y = 1;
  return 0;
}
static void *t2(void *arg) {
  r2 = y;
  x = 1;
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
