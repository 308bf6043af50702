/* TRUTH: racy — IRIW with plain ints: writer w1 writes x = 1 while readers rd1/rd2 read x (and w2 writes y = 1 while they read y); no synchronization. */
#include <pthread.h>
static int x, y;
static int a1, b1, a2, b2;
static void *w1(void *p) { x = 1; return 0; }
static void *w2(void *p) { y = 1; return 0; }
static void *rd1(void *p) { a1 = x; b1 = y; return 0; }
static void *rd2(void *p) { a2 = y; b2 = x; return 0; }
int main(void) {
  pthread_t t[4];
  pthread_create(&t[0], 0, w1, 0);
  pthread_create(&t[1], 0, w2, 0);
  pthread_create(&t[2], 0, rd1, 0);
  pthread_create(&t[3], 0, rd2, 0);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  return a1 + b1 + a2 + b2;
}
