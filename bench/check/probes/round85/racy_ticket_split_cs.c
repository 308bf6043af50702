/* TRUTH: racy — read next and increment in two separate critical sections: duplicates */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[8]; int next; pthread_mutex_t m=PTHREAD_MUTEX_INITIALIZER;
void *w(void *p){
 pthread_mutex_lock(&m); int id=next; pthread_mutex_unlock(&m); pthread_mutex_lock(&m); next++; pthread_mutex_unlock(&m); a[id]=1;
 return 0; }
int main(void){ pthread_t t[T];  for(int i=0;i<T;i++) pthread_create(&t[i],0,w,0); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
