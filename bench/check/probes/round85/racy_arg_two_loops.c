/* TRUTH: racy — two creation loops both start at 0: two threads with id 0 and two with id 1 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[16];
void *w(void *p){ int id=(int)(long)p;
 a[id]=id;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<2;i++) pthread_create(&t[i],0,w,(void*)i); for(long i=0;i<2;i++) pthread_create(&t[i+2],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
