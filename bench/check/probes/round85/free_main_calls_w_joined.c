/* TRUTH: free — main joins t[1] before calling w(1) itself */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T];
void *w(void *p){ int id=(int)(long)p; a[id]=id; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); pthread_join(t[1],0); w((void*)1L); for(int i=0;i<T;i++) if(i!=1) pthread_join(t[i],0); return a[0]; }
