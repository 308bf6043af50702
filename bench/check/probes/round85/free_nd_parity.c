/* TRUTH: free — n even in [0,10), thread 2 writes a[2k+1]: always odd vs even */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
int a[32]; int n, k;
void *w1(void *p){ a[n]=1; return 0; }
void *w2(void *p){ a[2*k+1]=2; return 0; }
int main(void){ n=__VERIFIER_nondet_int(); k=__VERIFIER_nondet_int(); if(!(n>=0 && n<10 && n%2==0)) abort(); if(!(k>=0 && k<10)) abort(); pthread_t t1,t2; pthread_create(&t1,0,w1,0); pthread_create(&t2,0,w2,0); pthread_join(t1,0); pthread_join(t2,0); return a[0]; }
