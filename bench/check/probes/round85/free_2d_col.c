/* TRUTH: free — thread id writes column m[*][id] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
#define H 4
int a[1]; int m[H][T];
void *w(void *p){ int id=(int)(long)p;
 for(int j=0;j<H;j++) m[j][id]=j;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
