/* TRUTH: racy — ticket from fetch_add(&next,128) truncated to unsigned char: 0,128,0 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[256]; atomic_int next;
void *w(void *p){
 unsigned char id=(unsigned char)atomic_fetch_add(&next,128); a[id]=1;
 return 0; }
int main(void){ pthread_t t[T];  for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
