/* TRUTH: racy — one heap int reused for all ids: main writes *box while threads read it */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[T];
void *w(void *p){ int id=*(int*)p; a[id]=id; return 0; }
int main(void){ pthread_t t[T]; int *box=malloc(sizeof(int)); for(int i=0;i<T;i++){ *box=i; pthread_create(&t[i],0,w,box); } for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
