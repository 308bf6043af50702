/* TRUTH: racy — thread writes a[id] after creating child, child reads a[id] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T]; 
void *w(void *p){ int id=(int)(long)p; pthread_t t; int c=0; if(id+1<T){ pthread_create(&t,0,w,(void*)(long)(id+1)); c=1; } if(id>0) a[id]=a[id-1]+1; else a[0]=1; if(c) pthread_join(t,0); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,(void*)0L); pthread_join(t,0); return a[T-1]; }
