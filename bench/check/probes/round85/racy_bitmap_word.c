/* TRUTH: racy — each thread sets bit id of one shared word: same memory location */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
unsigned flags;
void *w(void *p){ int id=(int)(long)p; flags |= 1u<<id; return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return flags; }
