/* TRUTH: racy — loop variable reset once: i=0,1,2 then i=1 again (done flag) so id 1 created twice */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[16];
void *w(void *p){ int id=(int)(long)p;
 a[id]=id;
 return 0; }
int main(void){ pthread_t t[T]; int done=0; int k=0; for(long i=0;i<T && k<T;i++){ pthread_create(&t[k++],0,w,(void*)i); if(i==2 && !done){ done=1; i=0; } } for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
