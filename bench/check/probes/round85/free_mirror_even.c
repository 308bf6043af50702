/* TRUTH: free — a[id] and a[N-1-id], N=2T: pairs disjoint */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define N 8
#define T 4
int a[N];
void *w(void *p){ int id=(int)(long)p;
 a[id]=id; a[N-1-id]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
