/* TRUTH: racy — loop for(id=0;id<1;id++) overwrites id; then a[id-1] = a[0] for all */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[8];
void *w(void *p){ int id=(int)(long)p;
 for(id=0;id<1;id++); a[id-1]=1;
 return 0; }
int main(void){ pthread_t t[T];  for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
