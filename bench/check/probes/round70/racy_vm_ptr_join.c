/* TRUTH: racy — typeof of a non-VM expression is not evaluated; join not executed */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, f, 0); __typeof__(pthread_join(t, 0)) x = 0; g = 1; return x; }
