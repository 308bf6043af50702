/* TRUTH: free — __atomic_fetch_add(&next,1,SEQ_CST) unique tickets */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[8]; int next;
void *w(void *p){
 int id=__atomic_fetch_add(&next,1,__ATOMIC_SEQ_CST); a[id]=1;
 return 0; }
int main(void){ pthread_t t[T];  for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
