/* TRUTH: free — main writes cfg before create, threads only read */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int cfg[4]; int out[T];
void *w(void *p){ int id=(int)(long)p; out[id]=cfg[id%4]; return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<4;i++) cfg[i]=i*i; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return out[0]; }
