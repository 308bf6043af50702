/* TRUTH: racy — signed loop ends, main writes x concurrently with f */
#include <pthread.h>
int x;
void *f(void *a) { x = 1; return 0; }
int main(void){ pthread_t t; volatile unsigned sink; pthread_create(&t, 0, f, 0); for (int i = 3; i >= 0; i--) sink = i; x = 2; pthread_join(t, 0); return 0; }
