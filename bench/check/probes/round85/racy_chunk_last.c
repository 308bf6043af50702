/* TRUTH: racy — last thread starts at lo-1 (a[5] also written by thread 1) */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define N 10
#define T 3
int a[N];
void *w(void *p){ int id=(int)(long)p;
 int C=N/T; int lo=(id==T-1)?id*C-1:id*C, hi=(id==T-1)?N:lo+C; for(int i=lo;i<hi;i++) a[i]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
