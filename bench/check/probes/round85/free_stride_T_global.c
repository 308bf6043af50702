/* TRUTH: free — stride is global s=4 (=T) set before create */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
#define N 16
int a[N]; int s=3;
void *w(void *p){ int id=(int)(long)p;
 for(int i=id;i<N;i+=s) a[i]+=1;
 return 0; }
int main(void){ pthread_t t[T]; s=4; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
