/* TRUTH: racy — (unsigned char)(id*128): ids 0 and 2 map to 0 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[256];
void *w(void *p){ int id=(int)(long)p;
 unsigned char k=(unsigned char)(id*128); a[k]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
