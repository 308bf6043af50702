/* TRUTH: racy — after the single wait, thread writes a[i] = 2 (line 5) while neighbour reads a[i] (line 5) in the same phase */ #include <pthread.h>
#include <stdlib.h>
#define N 4
int a[N], r[N]; pthread_barrier_t b;
void *w(void *x){ long i = (long)x; a[i] = 1; pthread_barrier_wait(&b); r[i] = a[(i+1)%N]; a[i] = 2; return 0; }
int main(void){ pthread_barrier_init(&b, 0, N); pthread_t t[N]; for (long i=0;i<N;i++) pthread_create(&t[i],0,w,(void*)i); for (int i=0;i<N;i++) pthread_join(t[i],0); return a[0]; }
