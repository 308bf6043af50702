/* TRUTH: free — coef is written by main before the threads start; both threads only read overlapping ranges of it and write their own sums[] slot */
#include <pthread.h>
static int coef[12];
static long sums[2];
static void *sumA(void *p) { (void)p; long s = 0; for (int i = 0; i < 8; i++) s += coef[i]; sums[0] = s; return 0; }
static void *sumB(void *p) { (void)p; long s = 0; for (int i = 4; i < 12; i++) s += coef[i]; sums[1] = s; return 0; }
int main(void) {
  for (int i = 0; i < 12; i++) coef[i] = i + 1;
  pthread_t a, b;
  pthread_create(&a, 0, sumA, 0); pthread_create(&b, 0, sumB, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return (int)(sums[0] + sums[1]);
}
