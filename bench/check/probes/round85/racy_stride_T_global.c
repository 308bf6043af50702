/* TRUTH: racy — stride is global s=3 (set before create) not T=4: id 0 and id 3 both hit a[3] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
#define N 16
int a[N]; int s=4;
void *w(void *p){ int id=(int)(long)p;
 for(int i=id;i<N;i+=s) a[i]+=1;
 return 0; }
int main(void){ pthread_t t[T]; s=3; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
