/* TRUTH: free — thread 0 writes cb[0..3]; others write cb[id+3] for id=1,2 -> cb[4],cb[5] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
char cb[8]; int a[1];
void *w(void *p){ int id=(int)(long)p; if(id==0){ int v=0x01020304; memcpy(cb,&v,4);} else cb[id+3]=1; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return cb[0]; }
