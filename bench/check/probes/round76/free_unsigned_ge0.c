/* TRUTH: free — unsigned i >= 0 is always true: loop (volatile write) never ends, x=1 unreachable */
#include <pthread.h>
int x;
void *f(void *a) { volatile unsigned sink; for (unsigned i = 5; i >= 0; i--) sink = i; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
