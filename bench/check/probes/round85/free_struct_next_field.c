/* TRUTH: free — writes s[id].x, reads s[id+1].y (never written by threads) */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[1]; struct S{int x; int y;} s[T+1]; int r[T];
void *w(void *p){ int id=(int)(long)p;
 s[id].x=id; r[id]=s[id+1].y;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
