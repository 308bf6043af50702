/* TRUTH: free — id<T always true so every increment is locked */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 2
int a[1]; int c; pthread_mutex_t m=PTHREAD_MUTEX_INITIALIZER;
void *w(void *p){ int id=(int)(long)p;
 if(id<T){ pthread_mutex_lock(&m); c++; pthread_mutex_unlock(&m);} else c++;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
