/* TRUTH: racy — k in [0,10]; k>5 sets flag, both threads x++ */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
int x; int flag;
void *w(void *p){ if(flag) x++; return 0; }
int main(void){ int k=__VERIFIER_nondet_int(); if(!(k>=0 && k<=10)) abort(); if(k>5) flag=1; pthread_t t1,t2; pthread_create(&t1,0,w,0); pthread_create(&t2,0,w,0); pthread_join(t1,0); pthread_join(t2,0); return x; }
