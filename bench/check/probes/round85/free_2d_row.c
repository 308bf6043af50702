/* TRUTH: free — thread id writes row m[id][*] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
#define W 4
int a[1]; int m[T][W];
void *w(void *p){ int id=(int)(long)p;
 for(int j=0;j<W;j++) m[id][j]=j;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
