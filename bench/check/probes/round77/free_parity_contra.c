/* TRUTH: free — i odd and i%2==0 contradict; t1 never writes x */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t1(void *a){ int i=__VERIFIER_nondet_int(); if((i&1) && i%2==0) x=1; return 0; }
void *t2(void *a){ x=2; return 0; }
int main(void){ pthread_t x,y; pthread_create(&x,0,t1,0); pthread_create(&y,0,t2,0);
 pthread_join(x,0); pthread_join(y,0); return 0; }
