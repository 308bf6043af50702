/* TRUTH: racy — flags.a and flags.b are adjacent bit-fields in the same memory location; thread 1 writes a and thread 2 writes b concurrently (C11 memory location rule) */
#include <pthread.h>
#include <stdio.h>
struct flags { unsigned a : 4; unsigned b : 4; } fl;
static void *ta(void *x) { for (int i = 0; i < 1000; i++) fl.a = i & 15; return 0; }
static void *tb(void *x) { for (int i = 0; i < 1000; i++) fl.b = i & 15; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0); pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  printf("%u %u\n", fl.a, fl.b);
  return 0;
}
