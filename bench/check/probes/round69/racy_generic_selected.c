/* TRUTH: racy — _Generic selects bump for a double, which writes g in the thread */
#include <pthread.h>
#include <stdio.h>
int g;
static void bump(void) { g++; }
static void nop(void) { }
#define ACT(x) _Generic((x), double: bump, default: nop)()
void *w(void *a) { double x = 1; ACT(x); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
