/* TRUTH: racy — args[i].id=i/2: threads 0,1 get id 0 and write a[0] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T];
struct A{int id;};
void *w(void *p){ int id=((struct A*)p)->id;
 a[id]=1;
 return 0; }
int main(void){ pthread_t t[T]; struct A args[T]; for(int i=0;i<T;i++){ args[i].id=i/2; pthread_create(&t[i],0,w,&args[i]); } for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
