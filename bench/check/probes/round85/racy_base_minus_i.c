/* TRUTH: racy — args[i].base=buf+4-i and id=i: base[id] is buf[4] for every thread */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int buf[8]; int a[1];
struct A{ int *base; int id; };
void *w(void *p){ struct A *x=p; x->base[x->id]=x->id; return 0; }
int main(void){ pthread_t t[T]; struct A args[T]; for(int i=0;i<T;i++){ args[i].base=buf+4-i; args[i].id=i; pthread_create(&t[i],0,w,&args[i]); } for(int i=0;i<T;i++) pthread_join(t[i],0); return buf[4]; }
