/* TRUTH: racy — __builtin_object_size never evaluates its argument; join never runs */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
static char buf[4];
int main(void) { pthread_t t; pthread_create(&t, 0, f, 0); sink = __builtin_object_size(buf + pthread_join(t, 0), 0); g = 1; return 0; }
