/* TRUTH: racy — w1 writes pa[id], w2 writes pb[id] with pb=pa+1: pa[1] aliases pb[0] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int buf[8]; int *pa, *pb;
void *w1(void *p){ int id=(int)(long)p; pa[id]=1; return 0; }
void *w2(void *p){ int id=(int)(long)p; pb[id]=2; return 0; }
int main(void){ pa=buf; pb=buf+1; pthread_t t[2*T]; for(long i=0;i<T;i++){ pthread_create(&t[i],0,w1,(void*)i); pthread_create(&t[T+i],0,w2,(void*)i); } for(int i=0;i<2*T;i++) pthread_join(t[i],0); return buf[1]; }
