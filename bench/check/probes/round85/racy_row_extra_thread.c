/* TRUTH: racy — creates T+1 threads; thread T writes row m[T%T]=m[0] with thread 0 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
#define W 4
int m[T][W];
void *w(void *p){ int id=(int)(long)p; for(int j=0;j<W;j++) m[id%T][j]=j; return 0; }
int main(void){ pthread_t t[T+1]; for(long i=0;i<=T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<=T;i++) pthread_join(t[i],0); return m[0][0]; }
