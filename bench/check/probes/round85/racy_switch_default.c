/* TRUTH: racy — ids 2 and 3 both take default and write a[2] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T];
void *w(void *p){ int id=(int)(long)p;
 switch(id){ case 0: a[0]=1; break; case 1: a[1]=1; break; default: a[2]=1; }
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
