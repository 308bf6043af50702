/* TRUTH: racy — fib(id)=0,1,1,2: ids 1,2 write a[1] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[8];
int fib(int k){ return k<2?k:fib(k-1)+fib(k-2); }
void *w(void *p){ int id=(int)(long)p;
 a[fib(id)]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
