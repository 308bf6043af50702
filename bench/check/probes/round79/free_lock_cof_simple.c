/* TRUTH: free — both threads lock o.mu (T2 via container_of(&o.v)->mu) around o.v++ */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#define container_of(p,T,m) ((T*)((char*)(p)-offsetof(T,m)))
struct obj{pthread_mutex_t mu; int v;}; struct obj o = {PTHREAD_MUTEX_INITIALIZER, 0};
void *t1(void *a){ (void)a; pthread_mutex_lock(&o.mu); o.v++; pthread_mutex_unlock(&o.mu); return 0; }
void *t2(void *a){ (void)a; struct obj *q = container_of(&o.v, struct obj, v); pthread_mutex_lock(&q->mu); o.v++; pthread_mutex_unlock(&q->mu); return 0; }
int main(void){ pthread_t ta, tb; pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0); pthread_join(ta,0); pthread_join(tb,0); return 0; }
