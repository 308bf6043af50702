/* TRUTH: free — memset 4 ints at a+4*id */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[4*T+1];
void *w(void *p){ int id=(int)(long)p;
 memset(a+4*id,0,4*sizeof(int));
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
