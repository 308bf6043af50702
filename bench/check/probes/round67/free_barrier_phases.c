/* TRUTH: free — phase 1 writes own slot, barrier, phase 2 reads neighbour's slot */
#include <pthread.h>
pthread_barrier_t b; int v[4], r[4];
void *f(void *a){ long i = (long)a; v[i] = (int)i; pthread_barrier_wait(&b); r[i] = v[(i+1)%4]; return 0; }
int main(void){ pthread_t t[4]; pthread_barrier_init(&b,0,4); for (long i=0;i<4;i++) pthread_create(&t[i],0,f,(void*)i); for (int i=0;i<4;i++) pthread_join(t[i],0); return r[0]; }
