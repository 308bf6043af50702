/* TRUTH: racy — inc computed as step-1 = 0 before create: fetch_add(&next,0) gives every thread ticket 0 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[8]; atomic_int next; int step=2; int inc;
void *w(void *p){
 int id=atomic_fetch_add(&next,inc); a[id]=1;
 return 0; }
int main(void){ pthread_t t[T]; inc=step-1; step=1; inc=step-1; for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
