/* TRUTH: free — flags[id*32/32]: id*32 spreads each thread to its own word */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
unsigned flags[T];
void *w(void *p){ int id=(int)(long)p; int b=id*32; flags[b/32] |= 1u<<(b%32); return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return flags[0]; }
