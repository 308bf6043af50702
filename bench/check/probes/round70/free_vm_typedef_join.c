/* TRUTH: free — typedef of a VLA evaluates its size (the join) when the declaration is reached */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, f, 0); typedef char V[pthread_join(t, 0) + 1]; g = 1; return sizeof(V) > 100; }
