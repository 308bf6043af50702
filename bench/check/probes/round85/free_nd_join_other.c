/* TRUTH: free — m constrained equal to n */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T];
void *w(void *p){ int id=(int)(long)p; a[id]=id; return 0; }
int main(void){ int n=__VERIFIER_nondet_int(); int m=__VERIFIER_nondet_int(); if(!(n>=1 && n<=T && m==n)) abort(); pthread_t t[T]; for(long i=0;i<n;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<m;i++) pthread_join(t[i],0); return a[n-1]; }
