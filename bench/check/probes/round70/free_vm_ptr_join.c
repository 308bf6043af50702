/* TRUTH: free — declaring a pointer to VLA evaluates the size (join) */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, f, 0); char (*p)[pthread_join(t, 0) + 1] = 0; g = 1; return p != 0; }
