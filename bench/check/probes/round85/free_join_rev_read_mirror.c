/* TRUTH: free — join all in reverse first half... join t[i] for all then read: reads after full loop */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T+1];
void *w(void *p){ int id=(int)(long)p; a[id]=id+1; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); int s=0; for(int i=0;i<T;i++){ pthread_join(t[i],0); } for(int i=0;i<T;i++) s+=a[T-1-i]; return s; }
