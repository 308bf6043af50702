/* TRUTH: racy — main resets next=0 under lock between creates; ticket 0 can be handed out twice */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T]; int next; pthread_mutex_t m=PTHREAD_MUTEX_INITIALIZER;
void *w(void *p){ pthread_mutex_lock(&m); int id=next++; pthread_mutex_unlock(&m); a[id]=id; return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<2;i++) pthread_create(&t[i],0,w,0); pthread_mutex_lock(&m); next=0; pthread_mutex_unlock(&m); for(int i=2;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
