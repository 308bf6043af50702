/* TRUTH: free — inner bound L=4 equals row width */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[32]; int L=5;
void *w(void *p){ int id=(int)(long)p;
 for(int j=0;j<L;j++) a[id*4+j]=id;
 return 0; }
int main(void){ pthread_t t[T]; L=4; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
