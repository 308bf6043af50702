/* TRUTH: racy — thread scans from id*3 until it finds a zero slot and writes it; slot 1 is zero for both 0..(scan) and thread 0 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[8]={1,0,1,1,1,1,0,1};
void *w(void *p){ int id=(int)(long)p; int i=id; while(a[i]!=0 && i<7) i++; a[i]=9; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
