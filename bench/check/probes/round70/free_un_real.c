/* TRUTH: free — __real__/__imag__ reads of z in both threads */
#include <pthread.h>
#define ID(a) a
#define ID2(a) ID(ID(a))
double _Complex z = 1.0;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = __real__ ID(z); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); sink2 = __imag__ ID(z); pthread_join(t, 0); return 0; }
