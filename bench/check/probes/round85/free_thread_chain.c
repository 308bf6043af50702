/* TRUTH: free — thread id creates thread id+1 after writing a[id]; each reads a[id-1] written by its creator before creation */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
#define T 4
int a[T]; 
void *w(void *p){ int id=(int)(long)p; if(id>0) a[id]=a[id-1]+1; else a[0]=1; if(id+1<T){ pthread_t t; pthread_create(&t,0,w,(void*)(long)(id+1)); pthread_join(t,0);} return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,(void*)0L); pthread_join(t,0); return a[T-1]; }
