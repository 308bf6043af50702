/* TRUTH: racy — flat index a[id*W+j] for j<=W: a[4] written by threads 0 and 1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
#define W 4
int a[T*W+1];
void *w(void *p){ int id=(int)(long)p;
 for(int j=0;j<=W;j++) a[id*W+j]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
