/* TRUTH: racy — counter reset to 0 while first threads may not have run: two threads can take ticket 0 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T]; atomic_int next;
void *w(void *p){ int id=atomic_fetch_add(&next,1); a[id%T]=id; return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<2;i++) pthread_create(&t[i],0,w,0); atomic_store(&next,0); for(int i=2;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[1]; }
