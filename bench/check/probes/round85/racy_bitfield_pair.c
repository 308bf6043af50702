/* TRUTH: racy — adjacent bit-fields f0,f1 share one memory location; thread 0 writes f0, thread 1 writes f1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
struct B { unsigned f0:4; unsigned f1:4; } bits; int a[1];
void *w(void *p){ int id=(int)(long)p; if(id==0) bits.f0=1; else bits.f1=2; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return bits.f0; }
