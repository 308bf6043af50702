/* TRUTH: free — typeof(char[join+1]) is a VM type name; its size is evaluated */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, f, 0); __typeof__(char[pthread_join(t, 0) + 1]) *q = 0; g = 1; return q != 0; }
