/* TRUTH: racy — p=buf+id+1 writes p[-1] and p[0]: buf[1] by threads 0 and 1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[1]; int buf[T+1];
void *w(void *p){ int id=(int)(long)p;
 int *q=buf+id+1; q[-1]=id; q[0]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
