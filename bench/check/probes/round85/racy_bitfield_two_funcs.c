/* TRUTH: racy — w1 writes s.f0, w2 writes s.f1: adjacent bit-fields are one memory location */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
struct B { unsigned f0:8; unsigned f1:8; } s; int a[1];
void *w1(void *p){ s.f0=1; return 0; }
void *w2(void *p){ s.f1=2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,w1,0); pthread_create(&t2,0,w2,0); pthread_join(t1,0); pthread_join(t2,0); return s.f0; }
