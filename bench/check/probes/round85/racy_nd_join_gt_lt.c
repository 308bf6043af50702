/* TRUTH: racy — join if c>0 or c<0; c==0 skips both, main reads x concurrently */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *w(void *p){ x=1; return 0; }
int main(void){ int c=__VERIFIER_nondet_int(); pthread_t t; pthread_create(&t,0,w,0); if(c>0) pthread_join(t,0); if(c<0) pthread_join(t,0); return x; }
