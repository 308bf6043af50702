/* TRUTH: racy — off in [0,2]; thread id writes a[id*2+off]... off=2 makes thread0 hit thread1's a[2] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[8]; int off;
void *w(void *p){ int id=(int)(long)p; a[id*2+off]=id; if(id==1) a[2]=5; return 0; }
int main(void){ off=__VERIFIER_nondet_int(); if(!(off>=0 && off<=2)) abort(); pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
