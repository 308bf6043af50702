/* TRUTH: racy — thread id writes bf[id].lo and bf[id-1].hi; lo/hi of one element are one memory location */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
struct B { unsigned lo:4; unsigned hi:4; } bf[T];
void *w(void *p){ int id=(int)(long)p; bf[id].lo=id; if(id>0) bf[id-1].hi=id; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return bf[0].lo; }
