/* TRUTH: racy — nt=3: ids 0 and 2 write a[0] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[2]; int nt;
void *w(void *p){ int id=(int)(long)p;
 if(id>=nt) return 0; a[id%2]=id;
 return 0; }
int main(void){ pthread_t t[T]; nt=3; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
