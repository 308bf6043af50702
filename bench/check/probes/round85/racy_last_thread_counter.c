/* TRUTH: racy — threads with c>=T-1 write res: two threads (c=2,c=3) write it */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int cnt; int res; pthread_mutex_t m=PTHREAD_MUTEX_INITIALIZER;
void *w(void *p){ pthread_mutex_lock(&m); int c=++cnt; pthread_mutex_unlock(&m); if(c>=T-1) res=42; return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return res; }
