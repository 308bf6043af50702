/* TRUTH: racy — (1<<id)%3 = 1,2,1: ids 0 and 2 collide */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[8];
void *w(void *p){ int id=(int)(long)p;
 a[(1<<id)%3]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
