/* TRUTH: racy — flags[id/32] |= bit: all ids <32 hit flags[0] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
unsigned flags[2];
void *w(void *p){ int id=(int)(long)p; flags[id/32] |= 1u<<(id%32); return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return flags[0]; }
