/* TRUTH: free — nt=2 set before create; ids>=2 return; ids 0,1 write a[id%2] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[2]; int nt;
void *w(void *p){ int id=(int)(long)p;
 if(id>=nt) return 0; a[id%2]=id;
 return 0; }
int main(void){ pthread_t t[T]; nt=2; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
