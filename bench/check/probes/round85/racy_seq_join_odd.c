/* TRUTH: racy — only odd-indexed threads joined in loop: thread 0 overlaps thread 1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int x; int a[1];
void *w(void *p){ x++; return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<T;i++){ pthread_create(&t[i],0,w,0); if(i%2) pthread_join(t[i],0); } for(int i=0;i<T;i+=2) pthread_join(t[i],0); return x; }
