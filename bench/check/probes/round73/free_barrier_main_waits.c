/* TRUTH: free — barrier of 2: w writes x before waiting; main waits then reads x */ #include <pthread.h>
#include <stdlib.h>
int x; pthread_barrier_t b;
void *w(void *p){ x = 1; pthread_barrier_wait(&b); return 0; }
int main(void){ pthread_barrier_init(&b, 0, 2); pthread_t t; pthread_create(&t,0,w,0); pthread_barrier_wait(&b); int v = x; pthread_join(t,0); return v; }
