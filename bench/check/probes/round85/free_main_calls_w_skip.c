/* TRUTH: free — creation loop skips i==1 (continue), so main's w(1) has no twin thread */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T];
void *w(void *p){ int id=(int)(long)p; a[id]=id; return 0; }
int main(void){ pthread_t t[T]; int c[T]={0}; for(long i=0;i<T;i++){ if(i==1) continue; pthread_create(&t[i],0,w,(void*)i); c[i]=1; } w((void*)1L); for(int i=0;i<T;i++) if(c[i]) pthread_join(t[i],0); return a[0]; }
