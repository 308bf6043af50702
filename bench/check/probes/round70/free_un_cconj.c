/* TRUTH: free — ~z (complex conjugate) and -z only read z */
#include <pthread.h>
#define ID(a) a
#define ID2(a) ID(ID(a))
double _Complex z = 1.0;
static volatile long sink1, sink2;
static void *T(void *arg) { double _Complex c = ~ID(z); sink1 = __real__ c; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); double _Complex d = -ID(z); sink2 = __imag__ d; pthread_join(t, 0); return 0; }
