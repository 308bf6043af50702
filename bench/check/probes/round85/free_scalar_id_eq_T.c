/* TRUTH: free — x written only if id==T, and ids are 0..T-1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int x; int a[1];
void *w(void *p){ int id=(int)(long)p; if(id==T) x=1; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); x=5; for(int i=0;i<T;i++) pthread_join(t[i],0); return x; }
