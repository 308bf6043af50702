/* TRUTH: race-free. g is _Atomic: g = g + 1 is an atomic load then an atomic store (lost update, no data race). */
#include <pthread.h>
_Atomic int g;
void *w(void *a) { (void)a; g = g + 1; g *= 2; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0); g = g + 3; g |= 4; pthread_join(t, 0); return g; }
