/* TRUTH: free — skip i==3: ids 0,1,2 write a[id%3] distinct */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[3];
void *w(void *p){ int id=(int)(long)p;
 a[id%3]=id;
 return 0; }
int main(void){ pthread_t t[T]; int c[T]={0}; for(long i=0;i<T;i++){ if(i==3) continue; pthread_create(&t[i],0,w,(void*)i); c[i]=1; } for(int i=0;i<T;i++) if(c[i]) pthread_join(t[i],0); return a[0]; }
