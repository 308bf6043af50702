/* TRUTH: free — k nondet in [1,2]: a[id*k] injective */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[8]; int k;
void *w(void *p){ int id=(int)(long)p;
 a[id*k]=id;
 return 0; }
int main(void){ pthread_t t[T]; k=__VERIFIER_nondet_int(); if(!(k>=1 && k<=2)) abort(); for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
