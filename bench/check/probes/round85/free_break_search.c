/* TRUTH: free — thread scans its own half [id*4,id*4+4) and breaks on first zero */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[8]={1,0,1,1,1,1,0,1};
void *w(void *p){ int id=(int)(long)p; for(int i=id*4;i<id*4+4;i++){ if(a[i]==0){ a[i]=9; break; } } return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
