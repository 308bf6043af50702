/* TRUTH: racy — two straight-line waits per thread with count 2: x written in phase 2 by w0 (line 5) and read in phase 2 by w1 (line 6) */ #include <pthread.h>
#include <stdlib.h>
int x, y; pthread_barrier_t b;
void *w0(void *p){ pthread_barrier_wait(&b); x = 1; pthread_barrier_wait(&b); return 0; }
void *w1(void *p){ pthread_barrier_wait(&b); y = x; pthread_barrier_wait(&b); return 0; }
int main(void){ pthread_barrier_init(&b, 0, 2); pthread_t t0,t1; pthread_create(&t0,0,w0,0); pthread_create(&t1,0,w1,0); pthread_join(t0,0); pthread_join(t1,0); return y; }
