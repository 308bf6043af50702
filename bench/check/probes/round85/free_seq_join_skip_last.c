/* TRUTH: free — join skipped only for the last thread, which is joined after the loop before main reads x */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int x; int a[1];
void *w(void *p){ x++; return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<T;i++){ pthread_create(&t[i],0,w,0); if(i!=T-1) pthread_join(t[i],0); } pthread_join(t[T-1],0); return x; }
