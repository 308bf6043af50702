/* TRUTH: racy — fetch_add by inc, inc=0 set before create: every thread gets id 0 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T]; atomic_int next; int inc=1;
void *w(void *p){ int id=atomic_fetch_add(&next,inc); a[id]=id; return 0; }
int main(void){ inc=0; pthread_t t[T]; for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
