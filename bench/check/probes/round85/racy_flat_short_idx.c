/* TRUTH: racy — short k=id*16384 wraps (implementation-defined conversion, gcc: mod 2^16): ids 0 and 4 -> 0 ... with T=5: id 4 gives 65536 -> 0 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 5
int a[65536];
void *w(void *p){ int id=(int)(long)p;
 unsigned short k=(unsigned short)(id*16384); a[k]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
