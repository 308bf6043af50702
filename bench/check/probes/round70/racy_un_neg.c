/* TRUTH: racy — thread pre-decrements g while main reads it */
#include <pthread.h>
#define ID(a) a
#define ID2(a) ID(ID(a))
int g = 3;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = --ID(g); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); sink2 = -ID(g); pthread_join(t, 0); return 0; }
