/* TRUTH: free — thread 0 writes u.l[0] (bytes 0-7), thread 1 writes u.i[2] (bytes 8-11) */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
union U { long long l[2]; int i[4]; } u;
void *w(void *p){ int id=(int)(long)p; if(id==0) u.l[0]=5; else u.i[id+1]=7; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return u.i[0]; }
