/* TRUTH: racy — bf[id/2].lo or .hi by parity: ids 0,1 both write bf[0] (same memory location) */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
struct B { unsigned lo:4; unsigned hi:4; } bf[T/2];
void *w(void *p){ int id=(int)(long)p; if(id%2) bf[id/2].hi=id; else bf[id/2].lo=id; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return bf[0].lo; }
