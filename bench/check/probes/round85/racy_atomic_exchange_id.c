/* TRUTH: racy — atomic_exchange(&next,0) returns 0 to all but the first: ids 0 collide */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[8]; atomic_int next=5;
void *w(void *p){ int id=atomic_exchange(&next,0); a[id]=id; return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
