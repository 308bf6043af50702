/* TRUTH: free — lock taken iff id<5, unlock iff id<5, all ids <5 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[1]; int c; pthread_mutex_t m=PTHREAD_MUTEX_INITIALIZER;
void *w(void *p){ int id=(int)(long)p;
 int L = id<5; if(L) pthread_mutex_lock(&m); c++; if(L) pthread_mutex_unlock(&m);
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
