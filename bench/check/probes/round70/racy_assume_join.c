/* TRUTH: racy — clang discards __builtin_assume's side effects; join never runs */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, f, 0); __builtin_assume(pthread_join(t, 0) == 0); g = 1; return 0; }
