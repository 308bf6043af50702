/* TRUTH: racy — thread id copies into a[2id..2id+2] from src: a[2] by threads 0,1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[2*T+2]; int src[3]={1,2,3};
void *w(void *p){ int id=(int)(long)p;
 memcpy(a+2*id,src,3*sizeof(int));
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
