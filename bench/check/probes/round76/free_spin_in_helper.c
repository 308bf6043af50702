/* TRUTH: free — f calls park() whose unsigned i >= 0 loop never ends; x=1 unreachable */
#include <pthread.h>
int x;
static void park(void) { volatile unsigned sink; for (unsigned i = 9; i >= 0; i--) sink = i; }
void *f(void *a) { park(); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
