/* TRUTH: racy — arg i*256: (unsigned char)(long)p is 0 for all */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[256];
void *w(void *p){ int id=(unsigned char)(long)p;
 a[id]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)(i*256)); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
