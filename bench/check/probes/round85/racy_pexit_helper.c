/* TRUTH: racy — fin() exits only for id>1; ids 0,1 write x */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 3
int a[1]; int x;
void fin(int id){ if(id>1) pthread_exit(0); }
void *w(void *p){ int id=(int)(long)p;
 fin(id); x++;
 return 0; }
int main(void){ pthread_t t[T]; for(long i=0;i<T;i++) pthread_create(&t[i],0,w,(void*)i); for(int i=0;i<T;i++) pthread_join(t[i],0); return a[0]; }
