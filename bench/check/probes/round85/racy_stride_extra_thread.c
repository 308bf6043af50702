/* TRUTH: racy — creates T+1 threads (ids 0..4) with stride T=4: ids 0 and 4 both write a[4] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
#define N 16
int a[N];
void *w(void *p){ int id=(int)(long)p; for(int i=id;i<N;i+=T) a[i]+=1; return 0; }
int main(void){ pthread_t t[T+1]; for(long i=0;i<=T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<=T;i++) pthread_join(t[i],0); return a[0]; }
