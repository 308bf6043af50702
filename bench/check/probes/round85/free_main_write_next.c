/* TRUTH: free — main writes cfg[i+1] after creating thread i, before creating thread i+1 which reads it; thread i reads cfg[i] only */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int cfg[T+1]; int out[T];
void *w(void *p){ int id=(int)(long)p; out[id]=cfg[id]; return 0; }
int main(void){ pthread_t t[T]; cfg[0]=7; for(long i=0;i<T;i++){ pthread_create(&t[i],0,w,(void*)i); cfg[i+1]=i; } for(int i=0;i<T;i++) pthread_join(t[i],0); return out[0]; }
