/* TRUTH: racy — N=2,T=4: threads 0 and 1 have lo=0; do-while writes a[lo] even for empty chunk */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define N 2
#define T 4
int a[N+1];
void *w(void *p){ int id=(int)(long)p;
 int lo=id*N/T, hi=(id+1)*N/T; int i=lo; do { a[i]=id; i++; } while(i<hi);
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
