/* TRUTH: free — store(a+id,id) = a[2*id] and store(a,2*id+1): even vs odd */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[16];
void store(int *q,int i,int v){ q[i]=v; }
void *w(void *p){ int id=(int)(long)p; store(a+id,id,1); store(a,2*id+1,2); return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
