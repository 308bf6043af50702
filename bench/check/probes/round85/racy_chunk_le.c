/* TRUTH: racy — i<=hi: thread id writes a[hi] which is a[lo] of thread id+1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define N 10
#define T 3
int a[N];
void *w(void *p){ int id=(int)(long)p;
 int lo=id*N/T, hi=(id+1)*N/T; for(int i=lo;i<=hi && i<N;i++) a[i]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
