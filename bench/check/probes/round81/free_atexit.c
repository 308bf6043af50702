/* TRUTH: free — main joins worker before returning, so atexit handler's read of g is after worker's writes */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
long g;
static void report(void) { printf("%ld\n", g); }
void *w(void *a) { for (long i = 0; i < 1000; i++) g++; return 0; }
int main(void) {
  pthread_t t;
  atexit(report);
  pthread_create(&t, 0, w, 0);
  pthread_join(t, 0);
  return 0;
}
