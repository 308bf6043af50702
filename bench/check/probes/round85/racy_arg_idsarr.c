/* TRUTH: racy — ids[] = 0..3 then ids[3]=1 before create: duplicate id 1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[16]; long ids[T];
void *w(void *p){ int id=(int)(long)p;
 a[id]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<T;i++) ids[i]=i; ids[3]=1; for(int i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)ids[i]); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
