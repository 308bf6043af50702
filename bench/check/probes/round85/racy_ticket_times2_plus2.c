/* TRUTH: racy — 2*ticket and 2*ticket+2: ticket 0 and 1 both write a[2] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[10]; atomic_int next;
void *w(void *p){
 int id=atomic_fetch_add(&next,1); a[2*id]=1; a[2*id+2]=1;
 return 0; }
int main(void){ pthread_t t[T];  for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
