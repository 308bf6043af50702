/* TRUTH: racy — barrier count 2 with 4 threads: two generations, thread i may read a[(i+1)%4] (line 5) while its writer has not passed */ #include <pthread.h>
#include <stdlib.h>
#define N 4
int a[N], r[N]; pthread_barrier_t b;
void *w(void *x){ long i = (long)x; a[i] = (int)i; pthread_barrier_wait(&b); r[i] = a[(i+1)%N]; return 0; }
int main(void){ pthread_barrier_init(&b, 0, 2); pthread_t t[N]; for (long i=0;i<N;i++) pthread_create(&t[i],0,w,(void*)i); for (int i=0;i<N;i++) pthread_join(t[i],0); return a[0]; }
