/* TRUTH: racy — atomic_uchar counter, 2 threads x 300 tickets: thread 1 can take 256 tickets while thread 0 holds ticket v, both write a[v] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[256]; atomic_uchar next;
void *w(void *p){
 for(int k=0;k<300;k++){ unsigned char id=atomic_fetch_add(&next,1); a[id]+=1; }
 return 0; }
int main(void){ pthread_t t[T];  for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
