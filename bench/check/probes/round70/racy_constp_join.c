/* TRUTH: racy — pthread_join inside __builtin_constant_p is never evaluated */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, f, 0); sink = __builtin_constant_p(pthread_join(t, 0)); g = 1; return 0; }
