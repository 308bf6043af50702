/* TRUTH: racy — (id*0x80000000u)%8 == 0 for ids 0 and 1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[8];
void *w(void *p){ int id=(int)(long)p;
 unsigned k=(unsigned)id*0x80000000u; a[k%8]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
