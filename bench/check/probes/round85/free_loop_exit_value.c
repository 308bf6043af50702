/* TRUTH: free — loop exits with i=id+1; each thread writes a[i] distinct 1..3; main writes a[0] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[T+1];
void *w(void *p){ int id=(int)(long)p; int i; for(i=0;i<=id;i++); a[i]=id; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); a[0]=7; for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
