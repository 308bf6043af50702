/* TRUTH: free — second counter starts at 2 (set before create): tickets disjoint */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[4]; atomic_int n1, n2;
void *w1(void *p){ int id=atomic_fetch_add(&n1,1); a[id]=1; return 0; }
void *w2(void *p){ int id=atomic_fetch_add(&n2,1); a[id]=2; return 0; }
int main(void){ atomic_store(&n2,2); pthread_t t1,t2; pthread_create(&t1,0,w1,0); pthread_create(&t2,0,w2,0); pthread_join(t1,0); pthread_join(t2,0); return a[0]; }
