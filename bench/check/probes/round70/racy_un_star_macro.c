/* TRUTH: racy — STAR p expands to *p, reading v while the thread writes v */
#include <pthread.h>
#define ID(a) a
#define STAR *
int v = 3; int *p = &v;
static volatile long sink1, sink2;
static void *T(void *arg) { v = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); sink2 = STAR p; pthread_join(t, 0); return 0; }
