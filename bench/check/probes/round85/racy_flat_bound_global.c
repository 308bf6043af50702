/* TRUTH: racy — row width W=4 but inner bound L=5 set before create: rows overlap */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[32]; int L=4;
void *w(void *p){ int id=(int)(long)p;
 for(int j=0;j<L;j++) a[id*4+j]=id;
 return 0; }
int main(void){ pthread_t t[T]; L=5; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
