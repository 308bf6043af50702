/* TRUTH: free — slot a[id%2] protected by m[id%2] */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[2]; pthread_mutex_t m[T];
void *w(void *p){ int id=(int)(long)p; pthread_mutex_lock(&m[id%2]); a[id%2]++; pthread_mutex_unlock(&m[id%2]); return 0; }
int main(void){ pthread_t t[T]; for(int i=0;i<T;i++) pthread_mutex_init(&m[i],0); for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
