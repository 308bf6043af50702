/* TRUTH: racy — row width w=3 set before create but thread loop writes 4 per row: overlap */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[32]; int W=4;
void *w(void *p){ int id=(int)(long)p;
 for(int j=0;j<4;j++) a[id*W+j]=id;
 return 0; }
int main(void){ pthread_t t[T]; W=3; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
