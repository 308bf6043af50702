/* TRUTH: racy — _Alignof never evaluates its operand, even a VLA type; join not executed */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, f, 0); sink = _Alignof(char[pthread_join(t, 0) + 1]); g = 1; return 0; }
