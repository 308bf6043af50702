/* TRUTH: free — 2*ticket and 2*ticket+1 per thread: disjoint */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[8]; atomic_int next;
void *w(void *p){
 int id=atomic_fetch_add(&next,1); a[2*id]=1; a[2*id+1]=1;
 return 0; }
int main(void){ pthread_t t[T];  for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
