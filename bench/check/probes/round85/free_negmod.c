/* TRUTH: free — C remainder: (-2)%2=0 -> a[1], (-1)%2=-1 -> a[0] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[3];
void *w(void *p){ int id=(int)(long)p;
 a[(id-2)%2+1]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
