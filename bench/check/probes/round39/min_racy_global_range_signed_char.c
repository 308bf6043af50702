/* TRUTH: racy — `signed char s = 200` (in main, before the threads) stores -56 on gcc/x86 (implementation-defined conversion), so `s < 0` holds and both workers run `hits++`. */
#include <pthread.h>
static signed char s;
static int hits;
static void *w(void *p) {
  (void)p;
  if (s < 0) hits++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  s = 200;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits;
}
