/* TRUTH: racy — m[id][j] written for j>=id and m[j][id] for j>id: m[0][1] by thread 0 and thread 1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[1]; int m[T][T];
void *w(void *p){ int id=(int)(long)p;
 for(int j=id;j<T;j++) m[id][j]=1; for(int j=id+1;j<T;j++) m[j][id]=2; if(id==1) m[0][1]=3;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
