/* TRUTH: racy — main writes cfg[2] after creating thread 2 which reads cfg[2] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int cfg[4]; int out[T];
void *w(void *p){ int id=(int)(long)p; out[id]=cfg[id%4]; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++){ pthread_create(&t[i],0,w,(void*)i); cfg[i]=i; } for(int i=0;i<T;i++) pthread_join(t[i],0); return out[0]; }
