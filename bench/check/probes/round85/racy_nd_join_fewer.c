/* TRUTH: racy — create n threads, join only n-1 (nondet n in [1,4]); main reads a[n-1] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T];
void *w(void *p){ int id=(int)(long)p; a[id]=id; return 0; }
int main(void){ int n=__VERIFIER_nondet_int(); if(!(n>=1 && n<=T)) abort(); pthread_t t[T]; for(long i=0;i<n;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<n-1;i++) pthread_join(t[i],0); return a[n-1]; }
