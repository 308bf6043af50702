/* TRUTH: racy — the atexit handler `report` runs when main returns, while the never-joined worker may still be running its loop writing `progress`: report's read races with the worker's writes. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int progress;
static void report(void) { printf("%d\n", progress); }
static void *w(void *p) {
  (void)p;
  for (int i = 0; i < 1000000; i++) progress = i;
  return 0;
}
int main(void) {
  pthread_t a;
  atexit(report);
  pthread_create(&a, 0, w, 0);
  return 0;
}
