/* TRUTH: racy — unsigned char counter under lock, 2 threads x 300: thread 1 can take 256 tickets while thread 0 holds ticket v */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[256]; unsigned char next; pthread_mutex_t m=PTHREAD_MUTEX_INITIALIZER;
void *w(void *p){
 for(int k=0;k<300;k++){ pthread_mutex_lock(&m); unsigned char id=next++; pthread_mutex_unlock(&m); a[id]+=1; }
 return 0; }
int main(void){ pthread_t t[T];  for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
