/* TRUTH: racy — load then store is not atomic RMW: two threads can both get id 0 and write a[0] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T+4]; atomic_int next;
void *w(void *p){ int id=atomic_load(&next); atomic_store(&next,id+1); a[id]=id; return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
