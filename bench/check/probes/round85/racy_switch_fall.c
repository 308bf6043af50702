/* TRUTH: racy — case 1 falls into case 2: threads 1 and 2 write a[2] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[T];
void *w(void *p){ int id=(int)(long)p;
 switch(id){ case 0: a[0]=1; break; case 1: a[1]=1; case 2: a[2]=1; break; }
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
