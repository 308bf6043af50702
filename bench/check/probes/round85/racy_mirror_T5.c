/* TRUTH: racy — N=8 but T=5: thread 4 writes a[4],a[3]; thread 3 writes a[3],a[4] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 5
#define N 8
int a[N];
void *w(void *p){ int id=(int)(long)p;
 a[id]=id; a[N-1-id]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
