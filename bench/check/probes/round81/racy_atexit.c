/* TRUTH: racy — main returns without joining; exit() runs atexit handler reading g while worker is still incrementing g */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
long g;
static void report(void) { printf("%ld\n", g); }
void *w(void *a) { for (long i = 0; i < 100000000; i++) g++; return 0; }
int main(void) {
  pthread_t t;
  atexit(report);
  pthread_create(&t, 0, w, 0);
  return 0;
}
