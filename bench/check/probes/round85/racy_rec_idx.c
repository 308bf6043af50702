/* TRUTH: racy — idx(k)= k<=1?0:1+idx(k-1) gives 0,0,1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[T];
int idx(int k){ return k<=1?0:1+idx(k-1); }
void *w(void *p){ int id=(int)(long)p;
 a[idx(id)]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
