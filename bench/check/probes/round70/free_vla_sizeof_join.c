/* TRUTH: free — sizeof(char[pthread_join(...)+1]) is a VLA type, its size expression (the join) is evaluated */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, f, 0); sink = sizeof(char[pthread_join(t, 0) + 1]); g = 1; return 0; }
