/* TRUTH: free — atomic_uint counter, 2 threads x 200 tickets: all 400 tickets distinct */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[400]; atomic_uint next;
void *w(void *p){
 for(int k=0;k<200;k++){ unsigned id=atomic_fetch_add(&next,1); a[id]+=1; }
 return 0; }
int main(void){ pthread_t t[T];  for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
