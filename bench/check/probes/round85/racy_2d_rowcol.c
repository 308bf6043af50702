/* TRUTH: racy — writes row m[id][*], reads column m[*][id]: m[1][0] written by 1 read by 0 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[1]; int m[T][T]; int s[T];
void *w(void *p){ int id=(int)(long)p;
 for(int j=0;j<T;j++) m[id][j]=j; int z=0; for(int j=0;j<T;j++) z+=m[j][id]; s[id]=z;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
