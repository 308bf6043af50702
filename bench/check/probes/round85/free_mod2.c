/* TRUTH: free — T=2: only id 0 satisfies id%2==0 and writes x */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[1]; int x;
void *w(void *p){ int id=(int)(long)p;
 if(id%2==0) x=id+1;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
