/* TRUTH: free — thread 0 not joined but main only reads a[1],a[2] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[T];
void *w(void *p){ int id=(int)(long)p;
 a[id]=id+1;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=1;i<T;i++) pthread_join(t[i],0); return a[1]+a[2]; return 0; }
