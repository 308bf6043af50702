/* TRUTH: racy — thread 0 memcpy's 4 bytes onto cb[0..3]; thread id>0 writes cb[id] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
char cb[8]; int a[1];
void *w(void *p){ int id=(int)(long)p; if(id==0){ int v=0x01020304; memcpy(cb,&v,4);} else cb[id+3]=1; if(id==2) cb[3]=9; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return cb[0]; }
