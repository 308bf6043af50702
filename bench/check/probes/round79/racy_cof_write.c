/* TRUTH: racy — T2 writes container_of(&o.v)->w == o.w; T1 writes o.w */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#define container_of(p,T,m) ((T*)((char*)(p)-offsetof(T,m)))
struct obj{int w; int v;}; struct obj o;
void *t1(void *a){ (void)a; o.w = 1; return 0; }
void *t2(void *a){ (void)a; container_of(&o.v, struct obj, v)->w = 2; return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
