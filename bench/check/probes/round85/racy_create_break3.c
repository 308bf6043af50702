/* TRUTH: racy — break at i==3: ids 0,1,2 created; 0 and 2 write a[0] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[2];
void *w(void *p){ int id=(int)(long)p;
 a[id%2]=id;
 return 0; }
int main(void){ pthread_t t[T]; int n=0; for(long i=0;i<T;i++){ if(i==3) break; pthread_create(&t[i],0,w,(void*)i); n++; } for(int i=0;i<n;i++) pthread_join(t[i],0); return a[0]; }
