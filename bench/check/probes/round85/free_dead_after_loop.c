/* TRUTH: free — infinite-for with return inside: x++ after loop is unreachable */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int x; int a[T];
void *w(void *p){ int id=(int)(long)p; for(int i=0;;i++){ if(i==id){ a[id]=i; return 0; } } x++; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return x; }
