/* TRUTH: racy — n in [0,3]: n=3 makes worker write a[3] with main */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
int a[4]; int n;
void *w(void *p){ a[n]=1; return 0; }
int main(void){ n=__VERIFIER_nondet_int(); if(!(n>=0 && n<=3)) abort(); pthread_t t; pthread_create(&t,0,w,0); a[3]=2; pthread_join(t,0); return a[0]; }
