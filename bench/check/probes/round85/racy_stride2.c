/* TRUTH: racy — stride 2*T over 2*id..2*id+2: a[2*id+2] is thread id+1's a[2*(id+1)] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define N 32
#define T 4
int a[N];
void *w(void *p){ int id=(int)(long)p;
 for(int i=2*id;i+2<N;i+=2*T){ a[i]=1; a[i+2]=2; }
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
