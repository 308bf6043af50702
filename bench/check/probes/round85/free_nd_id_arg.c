/* TRUTH: free — second thread's id k in [1,3]: never 0 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T];
void *w(void *p){ int id=(int)(long)p; a[id]=id; return 0; }
int main(void){ int k=__VERIFIER_nondet_int(); if(!(k>=1 && k<T)) abort(); pthread_t t1,t2; pthread_create(&t1,0,w,(void*)0L); pthread_create(&t2,0,w,(void*)(long)k); pthread_join(t1,0); pthread_join(t2,0); return a[0]; }
