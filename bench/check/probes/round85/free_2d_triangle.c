/* TRUTH: free — thread id writes m[id][j] (j>=id) and m[j][id] (j>id): upper row + lower column of its own index, disjoint across ids */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[1]; int m[T][T];
void *w(void *p){ int id=(int)(long)p;
 for(int j=id;j<T;j++) m[id][j]=1; for(int j=id+1;j<T;j++) m[j][id]=2;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
