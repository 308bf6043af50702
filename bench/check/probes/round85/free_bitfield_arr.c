/* TRUTH: free — bf[id].lo only: distinct structs */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
struct B { unsigned lo:4; unsigned hi:4; } bf[T];
void *w(void *p){ int id=(int)(long)p; bf[id].lo=id; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return bf[0].lo; }
