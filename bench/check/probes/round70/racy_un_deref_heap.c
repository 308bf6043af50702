/* TRUTH: racy — thread writes *q (heap) while main reads it via *ID(q) */
#include <pthread.h>
#define ID(a) a
#define STAR *
#include <stdlib.h>
int *q;
static volatile long sink1, sink2;
static void *T(void *arg) { *q = 1; return 0; }
int main(void) { q = malloc(sizeof *q); *q = 0; pthread_t t; pthread_create(&t, 0, T, 0); sink2 = *ID(q); pthread_join(t, 0); return 0; }
