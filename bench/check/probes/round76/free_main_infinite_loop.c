/* TRUTH: free — main never gets past its unsigned i >= 0 loop, so it never writes x; f's write has no partner */
#include <pthread.h>
int x;
void *f(void *a) { x = 1; return 0; }
int main(void){ pthread_t t; volatile unsigned sink; pthread_create(&t, 0, f, 0); for (unsigned i = 3; i >= 0; i--) sink = i; x = 2; return 0; }
