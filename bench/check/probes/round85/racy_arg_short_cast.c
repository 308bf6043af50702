/* TRUTH: racy — arg i*65536+1: (short)(long)p is 1 for all */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[8];
void *w(void *p){ int id=(short)(long)p;
 a[id]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)(i*65536+1)); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
