/* TRUTH: free — writes row m[id][*] except diagonal... reads only m[id][id] (own row) */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[1]; int m[T][T]; int s[T];
void *w(void *p){ int id=(int)(long)p;
 for(int j=0;j<T;j++) m[id][j]=j; s[id]=m[id][id];
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
