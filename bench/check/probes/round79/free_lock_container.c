/* TRUTH: free — T2 reaches the same obj mutex via container_of of &o.v: both under o.mu */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#define container_of(p,T,m) ((T*)((char*)(p)-offsetof(T,m)))
struct obj{int pad; pthread_mutex_t mu; int v;}; struct obj o, o2;
void *t1(void *arg){ (void)arg; pthread_mutex_lock(&o.mu); o.v++; pthread_mutex_unlock(&o.mu); return 0; }
void *t2(void *arg){ (void)arg; struct obj *q=container_of(&o.v, struct obj, v); pthread_mutex_lock(&q->mu); o.v++; pthread_mutex_unlock(&q->mu); return 0; }
int main(void){
  pthread_t ta, tb;
  pthread_mutex_init(&o.mu,0); pthread_mutex_init(&o2.mu,0);
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
