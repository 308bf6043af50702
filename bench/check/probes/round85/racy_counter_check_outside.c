/* TRUTH: racy — cnt read outside the lock while others increment it under lock */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int cnt; int res; pthread_mutex_t m=PTHREAD_MUTEX_INITIALIZER;
void *w(void *p){ pthread_mutex_lock(&m); ++cnt; pthread_mutex_unlock(&m); if(cnt==T) res=1; return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return res; }
