/* TRUTH: racy — barrier of 2 orders w0 and w1 only; main reads x (line 7) while w0 writes it (line 5) */ #include <pthread.h>
#include <stdlib.h>
int x, y; pthread_barrier_t b;
void *w0(void *p){ x = 1; pthread_barrier_wait(&b); return 0; }
void *w1(void *p){ pthread_barrier_wait(&b); y = x; return 0; }
int main(void){ pthread_barrier_init(&b, 0, 2); pthread_t t0,t1; pthread_create(&t0,0,w0,0); pthread_create(&t1,0,w1,0);
  int v = x; pthread_join(t0,0); pthread_join(t1,0); return y + v; }
