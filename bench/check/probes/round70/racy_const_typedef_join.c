/* TRUTH: racy — sizeof(pthread_join(...)) is a constant, so the typedef is not VM and the join is never evaluated */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, f, 0); typedef char V[sizeof(pthread_join(t, 0)) + 1]; g = 1; return sizeof(V) > 100; }
