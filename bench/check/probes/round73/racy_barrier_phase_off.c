/* TRUTH: racy — thread writes a[i] AFTER the barrier (line 5) while the neighbour reads a[(i+1)%N] after it too */ #include <pthread.h>
#include <stdlib.h>
#define N 4
int a[N], r[N]; pthread_barrier_t b;
void *w(void *x){ long i = (long)x; pthread_barrier_wait(&b); a[i] = (int)i; r[i] = a[(i+1)%N]; return 0; }
int main(void){ pthread_barrier_init(&b, 0, N); pthread_t t[N]; for (long i=0;i<N;i++) pthread_create(&t[i],0,w,(void*)i); for (int i=0;i<N;i++) pthread_join(t[i],0); return a[0]; }
