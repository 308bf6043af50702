/* TRUTH: racy — parameter array size is sizeof(...) constant, join never evaluated */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
static pthread_t t;
static void use(int (*a)[sizeof(pthread_join(t, 0)) + 1]) { g = 1; }
int main(void) { pthread_create(&t, 0, f, 0); use(0); return 0; }
