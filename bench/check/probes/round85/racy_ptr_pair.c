/* TRUTH: racy — p=buf+2*id writes p[0],p[2]: buf[2] by threads 0 and 1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[1]; int buf[2*T+1];
void *w(void *p){ int id=(int)(long)p;
 int *q=buf+2*id; q[0]=id; q[2]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
