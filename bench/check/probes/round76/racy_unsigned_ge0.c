/* TRUTH: racy — signed i >= 0 terminates after 6 passes, then f writes x concurrently */
#include <pthread.h>
int x;
void *f(void *a) { volatile unsigned sink; for (int i = 5; i >= 0; i--) sink = i; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
