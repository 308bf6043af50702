/* TRUTH: racy — lock m[id%2] protects shared c: threads 0 and 1 use different mutexes */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int c; int a[1]; pthread_mutex_t m[2]={PTHREAD_MUTEX_INITIALIZER,PTHREAD_MUTEX_INITIALIZER};
void *w(void *p){ int id=(int)(long)p; pthread_mutex_lock(&m[id%2]); c++; pthread_mutex_unlock(&m[id%2]); return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return c; }
