/* TRUTH: racy — lock m[id/2] with T=3: thread 2 uses m[1], threads 0,1 use m[0] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int c; int a[1]; pthread_mutex_t m[2]={PTHREAD_MUTEX_INITIALIZER,PTHREAD_MUTEX_INITIALIZER};
void *w(void *p){ int id=(int)(long)p; pthread_mutex_lock(&m[id/2]); c++; pthread_mutex_unlock(&m[id/2]); return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return c; }
