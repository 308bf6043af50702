/* TRUTH: free — each thread joined before next created: x++ sequentialized */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int x; int a[1];
void *w(void *p){ x++; return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<T;i++){ pthread_create(&t[i],0,w,0); pthread_join(t[i],0); } return x; }
