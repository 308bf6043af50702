/* TRUTH: racy — &id_local passed to every thread while main updates it */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[T];
void *w(void *p){ int id=*(int*)p; a[id%T]=id; return 0; }
int main(void){ pthread_t t[T]; int idl; for(int i=0;i<T;i++){ idl=i; pthread_create(&t[i],0,w,&idl); } for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
