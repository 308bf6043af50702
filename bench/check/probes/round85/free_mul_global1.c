/* TRUTH: free — k=1 set before create: a[id*k]=a[id] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[8]; int k=0;
void *w(void *p){ int id=(int)(long)p;
 a[id*k]=id;
 return 0; }
int main(void){ pthread_t t[T]; k=1; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
