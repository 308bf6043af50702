/* TRUTH: racy — map={0,1,2,1}: ids 1,3 write a[1] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T]; const int map[T]={0,1,2,1};
void *w(void *p){ int id=(int)(long)p;
 a[map[id]]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
