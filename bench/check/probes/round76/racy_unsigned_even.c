/* TRUTH: racy — i reaches 10 (even), loop ends, f writes x concurrently with main */
#include <pthread.h>
int x;
void *f(void *a) { volatile unsigned sink; for (unsigned i = 0; i != 10; i += 2) sink = i; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
