/* TRUTH: free — atomic_uchar counter wraps, but with 2 threads x 200 tickets a duplicate (v, v+256) needs 255 tickets taken by the other thread in between, impossible; the holder's next RMW (release sequence) orders its write before the other thread's later fetch_add */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[256]; atomic_uchar next;
void *w(void *p){
 for(int k=0;k<200;k++){ unsigned char id=atomic_fetch_add(&next,1); a[id]+=1; }
 return 0; }
int main(void){ pthread_t t[T];  for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
