/* TRUTH: free — goto loop over [id*4, id*4+4) */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[12];
void *w(void *p){ int id=(int)(long)p;
 int i=id*4, hi=id*4+4; L: if(i>=hi) goto D; a[i]=id; i++; goto L; D:;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
