/* TRUTH: racy — once-flag checked with load then set with store: two threads can both see 0 and write a[0] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T]; atomic_int once;
void *w(void *p){ int id=(int)(long)p; if(atomic_load(&once)==0){ atomic_store(&once,1); a[id]=1; } return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)0L); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
