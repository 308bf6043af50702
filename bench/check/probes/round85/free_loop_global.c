/* TRUTH: free — loop bound n=0 set before create: x++ never runs */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[1]; int n=5; int x;
void *w(void *p){ int id=(int)(long)p;
 for(int i=0;i<n;i++) x++;
 return 0; }
int main(void){ pthread_t t[T]; n=0; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
