/* TRUTH: racy — base b nondet in [0,1]: thread writes a[id+b] and a[id]: thread 0 (b=1) hits a[1] with thread 1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[8]; int b;
void *w(void *p){ int id=(int)(long)p;
 a[id+b]=id; a[id]=id;
 return 0; }
int main(void){ pthread_t t[T]; b=__VERIFIER_nondet_int(); if(!(b>=0 && b<=1)) abort(); for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
